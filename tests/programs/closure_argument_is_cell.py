# A parameter captured by an inner function becomes a cell variable.
def outer(a, b):
    def inner():
        return a * 2
    b += 1
    return inner(), b


print(outer(3, 4))
print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
