# An inner assignment creates a new local that shadows the enclosing variable.
x = "global"


def outer():
    x = "outer"

    def inner():
        x = "inner"
        return x

    def reader():
        return x

    return inner(), reader(), x


print(outer())
print(x)
