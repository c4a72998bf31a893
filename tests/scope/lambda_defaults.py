# Default values are evaluated in the enclosing scope.
def f(n):
    k = 3
    return lambda x=n, y=k: x + y + n
