# Scope rule: super in class inside method.
class A:
    def f(self):
        class B:
            def g(self):
                return super().g(), __class__
        return B, super()
