def outer():
    secret = 42
    def f(x):
        return g(x) + secret
    def g(x):
        return 1 / x
    return f

h = outer()
try:
    h(0)
except ZeroDivisionError:
    pass
h(0)
