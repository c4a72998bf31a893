# Misuse: walrus in iterable.
def f():
    return [y for y in (z := [1, 2])]
