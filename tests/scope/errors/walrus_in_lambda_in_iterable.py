# Misuse: walrus in lambda in iterable.
def f():
    return [y for y in (lambda: (z := 1))()]
