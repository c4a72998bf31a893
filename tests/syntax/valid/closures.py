def outer():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

adders = [lambda x, i=i: x + i for i in range(3)]
gen = (y for y in range(10) if y % 2)
