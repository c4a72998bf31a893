# A comprehension has its own scope: its loop variable does not leak, but it can read enclosing names.
x = "module x"
squares = [x * x for x in range(5)]
print(squares)
print(x)


def scale(factor):
    return [factor * n for n in range(3)]


print(scale(7))


def nested():
    base = 100
    return {k: [base + k + j for j in range(2)] for k in range(3)}


print(nested())
