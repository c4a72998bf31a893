def make_accumulators(n):
    accumulators = []
    for _ in range(n):
        total = 0

        def add(x):
            nonlocal total
            total += x
            return total

        accumulators.append(add)
    return accumulators

first, second = make_accumulators(2)
first(10)
print(second(1))
