# The running-average closure from Fluent Python: a list in the cell, then a nonlocal version.
def make_averager():
    series = []

    def averager(new_value):
        series.append(new_value)
        return sum(series) / len(series)

    return averager


avg = make_averager()
print(avg(10), avg(11), avg(12))
print(avg.__code__.co_varnames, avg.__code__.co_freevars, avg.__closure__[0].cell_contents)


def make_fast_averager():
    count = 0
    total = 0

    def averager(new_value):
        nonlocal count, total
        count += 1
        total += new_value
        return total / count

    return averager


fast = make_fast_averager()
print(fast(10), fast(11), fast(12))
