# bisect inside closures: a tax-bracket function and a sorted timeline that remembers inserts
import bisect


def make_bracket(limits, rates):
    def rate_for(income):
        return rates[bisect.bisect(limits, income)]
    return rate_for


rate = make_bracket([10000, 40000, 90000], [0.0, 0.1, 0.2, 0.3])
print([rate(income) for income in [5000, 10000, 25000, 40001, 120000]])


def timeline():
    times = []
    labels = []

    def add(time, label):
        index = bisect.bisect_right(times, time)
        times.insert(index, time)
        labels.insert(index, label)
        return list(zip(times, labels))

    return add


add = timeline()
add(10, "b")
add(5, "a")
add(10, "c")
print(add(7, "x"))
numbers = [1, 4, 9, 16, 25]
print(bisect.bisect_left(numbers, 10), bisect.bisect_left(numbers, 9), bisect.bisect_right(numbers, 9))
