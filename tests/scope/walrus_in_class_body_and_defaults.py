# Scope rule: walrus in class body and defaults.
class C:
    (x := 1)
    f = lambda: (y := 2)
    def m(self, d=(z := 3)):
        return [w := i for i in range(2)], w
