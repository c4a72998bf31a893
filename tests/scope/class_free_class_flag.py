# A class binds a name its methods read from the enclosing function (free_class).
def f():
    x = 1
    class C:
        x = 2
        def g(self):
            return x
    return C
