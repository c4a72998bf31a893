# Class objects: __name__, __qualname__, __module__, __bases__, type of a class, nested classes.
class Outer:
    class Inner:
        pass

    def method(self):
        pass


print(Outer.__name__, Outer.Inner.__qualname__, Outer.__module__, Outer.__bases__)
print(type(Outer).__name__, type(Outer()).__name__, Outer.method.__qualname__)
print(Outer, Outer.Inner, Outer().method.__func__.__name__)
Dynamic = type("Dynamic", (Outer,), {"value": 42})
print(Dynamic.value, Dynamic.__mro__)
