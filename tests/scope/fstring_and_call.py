# Names inside f-string replacement fields and format specs are read.
def f(name, width):
    def g():
        return f"{name:>{width}}"
    return g
