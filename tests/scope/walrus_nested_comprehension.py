# A walrus two comprehensions deep still binds in the function.
def f():
    return [[(z := a + b) for a in range(2)] for b in range(2)], z
