# Without the future import, parameter annotations are read where the def runs.
def f():
    T = int
    def g(x: T) -> T: pass
    y: T = 1
    return g
