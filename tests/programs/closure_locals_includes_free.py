# locals() inside a closure includes the free variables it uses.
def outer():
    x = 1
    unused = 2

    def inner():
        y = 3
        return sorted(locals().items()), x

    return inner()


print(outer())


def outer_locals():
    a = 1

    def inner():
        return a

    return sorted(locals())


print(outer_locals())
