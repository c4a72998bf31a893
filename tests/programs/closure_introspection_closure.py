# __closure__ holds cell objects in co_freevars order; their contents are readable.
def outer():
    x = 1
    y = "two"

    def inner():
        return y, x

    return inner


f = outer()
print(f.__code__.co_freevars)
print(type(f.__closure__).__name__, len(f.__closure__))
print([c.cell_contents for c in f.__closure__])
print(type(f.__closure__[0]).__name__)
print(outer.__closure__)
print(repr(f.__closure__[0]))
