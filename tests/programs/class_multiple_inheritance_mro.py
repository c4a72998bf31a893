# Multiple inheritance: attribute lookup follows the C3 method resolution order.
class A:
    who = "A"

    def method(self):
        return "A.method"


class B(A):
    pass


class C(A):
    who = "C"

    def method(self):
        return "C.method"


class D(B, C):
    pass


d = D()
print(d.who, d.method(), [k.__name__ for k in D.__mro__])


class X:
    pass


class Y:
    pass


try:
    class Bad(X, Y, X):
        pass
except TypeError as error:
    print(error)
try:
    class Conflict(A, B):
        pass
except TypeError as error:
    print(error)
