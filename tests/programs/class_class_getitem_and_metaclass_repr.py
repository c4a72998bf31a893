# __class_getitem__ (PEP 560) makes a class subscriptable, written plain or as a classmethod; a class without it is not; a class of a metaclass without __repr__ prints as type does
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__} of {item.__name__}"

class Pair:
    @classmethod
    def __class_getitem__(cls, items):
        return (cls.__name__,) + items

class SubPair(Pair):
    pass

print(Box[int], Pair[int, str], SubPair[float, bool])
try:
    class Plain:
        pass
    Plain[int]
except TypeError as e:
    print(e)

class Meta(type):
    pass

class Widget(metaclass=Meta):
    pass

print(Widget, [Widget], repr(Widget), str(Widget), f"{Widget}")

class Shouting(type):
    def __repr__(cls):
        return cls.__name__.upper()

class Quiet(metaclass=Shouting):
    pass

print(Quiet, [Quiet])
