# Scope rule: annotated attribute and subscript targets.
def f():
    l = []
    l[0] = m = 1
    l.x: int = 3
    l[n]: int
    return m
