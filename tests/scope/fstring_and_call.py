def f(name, width):
    def g():
        return f"{name:>{width}}"
    return g
