# statistics in a gradebook closure: each add() reports mean, median and spread so far
import statistics


def gradebook():
    scores = []

    def add(score):
        scores.append(score)
        summary = {"n": len(scores), "mean": statistics.mean(scores),
                   "median": statistics.median(scores)}
        if len(scores) > 1:
            summary["stdev"] = round(statistics.stdev(scores), 3)
        return summary

    return add


add = gradebook()
for score in [72, 85, 90, 66, 85]:
    print(add(score))
heights = [1.62, 1.75, 1.80, 1.68, 1.71]
print(statistics.mean(heights), statistics.pstdev(heights), statistics.variance(heights))
print(statistics.mode([3, 1, 3, 2, 1]), statistics.multimode([3, 1, 3, 2, 1]))
