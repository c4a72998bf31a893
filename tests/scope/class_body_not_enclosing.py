# A class body is not an enclosing scope for its methods.
class C:
    x = 1
    def method(self):
        return x

x = 2
