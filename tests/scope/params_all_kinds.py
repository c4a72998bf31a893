# Positional-only, regular, keyword-only, *args and **kwargs in co_varnames order.
def f(a, b, /, c, d=1, *args, e, f=2, **kwargs):
    def g():
        return a, c, e, kwargs
    return g
