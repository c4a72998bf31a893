# Misuse: duplicate argument varkw.
def f(a, **a):
    pass
