# statistics errors: StatisticsError (a ValueError) for too little data
import statistics

checks = [(statistics.mean, []), (statistics.fmean, []), (statistics.median, []),
          (statistics.mode, []), (statistics.variance, [1]), (statistics.stdev, [5]),
          (statistics.pvariance, []), (statistics.pstdev, []), (statistics.median_low, [])]
for function, data in checks:
    try:
        function(data)
    except statistics.StatisticsError as error:
        print(function.__name__, "->", error)
print(issubclass(statistics.StatisticsError, ValueError))
try:
    statistics.mean(["a", "b"])
except TypeError as error:
    print("TypeError:", error)
try:
    statistics.fmean([1, 2], weights=[1])
except statistics.StatisticsError as error:
    print(error)
