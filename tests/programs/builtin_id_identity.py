# id() is stable for an object's life; `is` compares identity, == compares value.
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(None is None, type(id(a)).__name__, id(a) > 0)
x = object()
print(repr(x).startswith("<object object at 0x"), x)
