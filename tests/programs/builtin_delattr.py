# delattr(object, name) deletes as del object.name does: instance attributes, class attributes, slots, __delattr__ hooks and CPython's errors, with those for a built-in value's read-only methods and unwritable data attributes
class Point:
    kind = "point"

    def __init__(self):
        self.x = 1


p = Point()
delattr(p, "x")
print(hasattr(p, "x"), vars(p))
delattr(Point, "kind")
print(hasattr(Point, "kind"))


class Slotted:
    __slots__ = ("a",)


s = Slotted()
s.a = 5
delattr(s, "a")
print(hasattr(s, "a"))


class Logged:
    def __delattr__(self, name):
        print("deleting", name)


delattr(Logged(), "anything")
for call in [lambda: delattr(p), lambda: delattr(p, 1), lambda: delattr(p, "missing"), lambda: delattr(s, "a"), lambda: delattr(1, "real"), lambda: delattr(p, "x", 2), lambda: setattr(1, "real", 2), lambda: setattr([], "append", 1), lambda: delattr([], "append"), lambda: setattr(1, "foo", 2)]:
    try:
        call()
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)
