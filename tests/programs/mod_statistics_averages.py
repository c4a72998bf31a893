# statistics: mean, fmean, median (low and high), mode and multimode of exam scores
import statistics

scores = [88, 92, 79, 93, 85, 92, 70]
print(statistics.mean(scores), statistics.fmean(scores))
print(statistics.median(scores), statistics.median_low(scores), statistics.median_high(scores))
print(statistics.mode(scores), statistics.multimode(scores))
print(statistics.mean([1, 2, 3]), statistics.mean([1, 2, 3, 4]), statistics.mean([0.1] * 10))
print(statistics.median([1, 3, 5, 7]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.mean([2.5, 3.25, 5.75]), statistics.mean([1, 2.5]), statistics.mean([True, False, True]))
print(statistics.mode(["red", "blue", "blue", "red", "green"]), statistics.multimode("aabbbcccd"))
print(statistics.multimode([]), statistics.median(["b", "a", "c"]))
print(statistics.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]))
print(statistics.mean(x * 1.1 for x in range(10)))
print(statistics.mean([10 ** 20, 1, 3]), statistics.mean([float("inf"), 1]))


def describe(name, values):
    return f"{name}: mean={statistics.mean(values):.2f} median={statistics.median(values)}"


print(describe("heights", [1.62, 1.75, 1.80, 1.68]))
