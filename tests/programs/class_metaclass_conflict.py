# Two unrelated metaclasses cannot both make a class: CPython's metaclass conflict TypeError.
class MetaA(type):
    pass

class MetaB(type):
    pass

class A(metaclass=MetaA):
    pass

class B(metaclass=MetaB):
    pass

try:
    class C(A, B):
        pass
except TypeError as error:
    print(error)

class MetaC(MetaA, MetaB):
    pass

class D(A, B, metaclass=MetaC):
    pass

print(type(D).__name__, [k.__name__ for k in type(D).__mro__])
