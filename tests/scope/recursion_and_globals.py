# A recursive nested function captures itself.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def outer():
    def rec(n):
        return n if n == 0 else rec(n - 1)
    return rec
