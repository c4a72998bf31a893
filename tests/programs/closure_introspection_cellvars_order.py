# co_cellvars and co_freevars are sorted by name; __closure__ follows co_freevars.
def outer():
    zeta = "z"
    alpha = "a"
    mid = "m"

    def inner():
        return mid, zeta, alpha

    return inner


f = outer()
print(outer.__code__.co_cellvars)
print(f.__code__.co_freevars)
print([c.cell_contents for c in f.__closure__])
