def multipliers():
    for factor in range(1, 4):
        yield lambda x: x * factor

print([multiply(10) for multiply in list(multipliers())])
