# __init_subclass__ registers subclasses without a metaclass (PEP 487).
class Shape:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[cls.__name__] = cls

class Circle(Shape):
    pass

class Square(Shape):
    pass

class Small(Square):
    pass

print(sorted(Shape.registry))
print(Shape.__dict__["__init_subclass__"])
