# locals() lists a function's cells and free variables too, in CPython's order.
def outer(a):
    b = 2
    def inner(c):
        d = a + b + c
        return locals()
    print(list(locals()))
    return inner

print(outer(1)(3))
