# Misuse: walrus rebinds outer iteration variable.
def f(xs):
    return [[x := 1 for y in xs] for x in xs]
