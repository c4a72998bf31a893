# A metaclass that adds attributes and checks the class body, as validation tutorials show.
class Validated(type):
    def __new__(mcs, name, bases, ns):
        for key, value in ns.items():
            if callable(value) and not key.startswith("_") and not value.__doc__:
                raise TypeError(f"{name}.{key} needs a docstring")
        ns["created_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)

class Good(metaclass=Validated):
    def area(self):
        """Area of the shape."""
        return 4

print(Good.created_by, Good().area())
try:
    class Bad(metaclass=Validated):
        def area(self):
            return 0
except TypeError as error:
    print("TypeError:", error)
