# statistics on floats: exact sums rounded once, where a plain sum() drifts
import statistics

data = [0.1] * 10
print(sum(data) / len(data), statistics.mean(data), statistics.fmean(data))
prices = [19.99, 5.49, 3.75, 12.0, 7.25]
print(statistics.mean(prices), statistics.median(prices), round(statistics.stdev(prices), 6))
print(statistics.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.mean([1e16, 1, -1e16]), sum([1e16, 1, -1e16]))
print(statistics.median([2, 4]), statistics.median([2.0, 4.0]), statistics.mean([2, 4]))
