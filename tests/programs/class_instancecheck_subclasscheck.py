# A metaclass's __instancecheck__ and __subclasscheck__ decide isinstance and issubclass (also inside tuples and match class patterns); an exact type match skips the hook
class EvenMeta(type):
    def __instancecheck__(cls, value):
        print("instancecheck", type(value).__name__)
        return isinstance(value, int) and value % 2 == 0
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub in (int, bool)

class Even(metaclass=EvenMeta):
    pass

print(isinstance(4, Even), isinstance(3, Even), isinstance("x", (str, Even)), isinstance(3, (str, Even)))
print(isinstance(Even(), Even))
print(issubclass(bool, Even), issubclass(str, Even), issubclass(str, (Even, str)))

def describe(value):
    match value:
        case Even():
            return "even"
        case _:
            return "other"

print(describe(10), describe(7))

class Truthy(type):
    def __instancecheck__(cls, value):
        return [value]

class Anything(metaclass=Truthy):
    pass

print(isinstance(None, Anything))
