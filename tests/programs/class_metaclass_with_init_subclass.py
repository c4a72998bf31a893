# A metaclass and __init_subclass__ together: the metaclass __new__ runs first, then the hook.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", name, kwargs)
        return super().__new__(mcs, name, bases, ns, **kwargs)

class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kwargs):
        print("__init_subclass__", cls.__name__, tag)
        super().__init_subclass__(**kwargs)

class Child(Base, tag="x"):
    pass

print(type(Child).__name__, Child.__mro__[1].__name__)
