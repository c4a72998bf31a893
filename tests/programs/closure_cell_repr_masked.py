# The repr of a cell and of a closure shows addresses, which the recording masks.
def outer():
    value = [1, 2]

    def inner():
        return value

    return inner


f = outer()
print(f.__closure__)
print(f)
print(repr(f.__closure__[0]).split(":")[0])
empty_holder = None


def make_empty():
    def g():
        return late
    r = g.__closure__[0]
    late = 1
    del late
    return r


print(make_empty())
