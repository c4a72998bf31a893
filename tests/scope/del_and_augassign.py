# Del and augmented assignment bind; a bare annotation binds without a value.
def f():
    x = 1
    x += 2
    del x
    y: int
    z: int = 3
    return z
