# Scope rule: super beside local dunder class.
def f():
    __class__ = 5
    class C:
        def m(self):
            return super()
    return __class__
