def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    return a

@dec
@dec.attr(1)
def g(x: int, *, y: str = "s"):
    nonlocal_name = 1
    def inner():
        nonlocal nonlocal_name
        yield nonlocal_name
        yield
        yield from range(3)
    return inner

lam = lambda a, b=2, *c, d, **e: a
lam2 = lambda: 0
lam3 = lambda *, k: k
