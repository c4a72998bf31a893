# Misuse: walrus in inner iterable.
def f(xs):
    return [y for x in xs for y in (z := x)]
