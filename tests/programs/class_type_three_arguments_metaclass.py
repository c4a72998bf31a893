# type(name, bases, ns) hands the work to the bases' metaclass, whose __new__ and __init__ run.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("Meta.__new__", name)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

class Base(metaclass=Meta):
    pass

Derived = type("Derived", (Base,), {"value": 42})
print(type(Derived).__name__, Derived.value)
