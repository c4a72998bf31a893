# Scope rule: class attribute named dunder class.
def f():
    class C:
        __class__ = 1
        def m(self):
            return __class__
    return C
