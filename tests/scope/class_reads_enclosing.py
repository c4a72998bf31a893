def f():
    y = 10
    class C:
        z = y
    return C
