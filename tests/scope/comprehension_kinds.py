# List, set and dict comprehensions and generator expressions are each a scope.
def f(xs):
    a = [x for x in xs]
    b = {x for x in xs}
    c = {x: x * 2 for x in xs}
    d = (x for x in xs)
    return a, b, c, d
