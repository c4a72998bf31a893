# Scope rule: annotated only local captured.
def f():
    x: int
    def g():
        return x
    return g
