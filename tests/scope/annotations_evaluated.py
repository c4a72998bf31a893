def f():
    T = int
    def g(x: T) -> T: pass
    y: T = 1
    return g
