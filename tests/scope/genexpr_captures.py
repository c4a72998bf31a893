# Scope rule: genexpr captures.
def f(factor):
    return sum(x * factor for x in range(10))
