# Name resolution follows Local, Enclosing, Global, Builtin order.
len = lambda x: "shadowed len"


def outer():
    def inner():
        return len("abc"), min([3, 1])
    return inner()


print(outer())
del len
print(len("abc"))


def local_builtin_shadow():
    max = "local max"
    return max


print(local_builtin_shadow(), max(1, 2))
