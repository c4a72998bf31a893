# Scope rule: nonlocal from method of nested class.
def f():
    x = 1
    class C:
        def m(self):
            nonlocal x
            x = 2
        class D:
            def n(self):
                return x
    return C
