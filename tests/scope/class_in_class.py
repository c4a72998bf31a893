# A nested class is not enclosing either.
class Outer:
    class Inner:
        def m(self):
            return Inner
    def n(self):
        return Outer.Inner
