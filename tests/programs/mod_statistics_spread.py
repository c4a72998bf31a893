# statistics: variance, pvariance, stdev and pstdev, exact sums rounded once as CPython does
import statistics

data = [1.5, 2.5, 2.5, 2.75, 3.25, 4.75]
print(statistics.variance(data), statistics.pvariance(data))
print(statistics.stdev(data), statistics.pstdev(data))
ints = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.variance(ints), statistics.pvariance(ints), statistics.stdev(ints), statistics.pstdev(ints))
print(statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]))
print(statistics.variance([0.1, 0.2, 0.3]), statistics.stdev([0.1, 0.2, 0.3]))
print(statistics.variance([1, 2, 3], xbar=2), statistics.stdev([3, 4, 5], 4), statistics.pvariance([1, 2, 3], mu=2))
print(statistics.variance([10 ** 20, 1, 3]), statistics.stdev([10 ** 20, 1, 3]))
mean = statistics.mean(ints)
print([round((x - mean) / statistics.pstdev(ints), 3) for x in ints])
