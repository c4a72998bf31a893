# Parameters that are cells keep their order in co_cellvars; other cells are sorted.
def f(z, a, m):
    q = 1
    b = 2
    def g():
        return z + m + b + q
    return g
