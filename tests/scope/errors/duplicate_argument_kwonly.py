# Misuse: duplicate argument kwonly.
def f(a, *, a=1):
    pass
