# nonlocal picks the nearest enclosing function's binding, never the global one.
x = "global"


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"

        inner()
        return x

    return middle(), x


print(outer(), x)
