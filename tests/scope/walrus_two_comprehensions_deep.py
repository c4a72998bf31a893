# Scope rule: walrus two comprehensions deep.
def f():
    [[(w := 2) for a in ()] for b in ()]
    return w
