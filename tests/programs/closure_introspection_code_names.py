# co_varnames, co_cellvars and co_freevars name the locals, cells and free variables.
def outer(a, b=2, *args, key=None, **kwargs):
    local = a + b
    shared = [local]

    def inner(z):
        w = z * 2
        return shared, w, a

    return inner


inner = outer(1)
print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
print(outer.__code__.co_freevars)
print(inner.__code__.co_varnames)
print(inner.__code__.co_freevars)
print(inner.__code__.co_cellvars)
print(outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount)
print(inner.__code__.co_name)
