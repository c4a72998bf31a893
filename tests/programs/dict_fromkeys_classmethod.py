# dict.fromkeys is a class method: cls() filled through __setitem__ for a subclass; unhashable keys and arity errors
for call in [lambda: {}.fromkeys([[]]), lambda: dict.fromkeys([[]]), lambda: dict.fromkeys("ab", 0),
             lambda: {}.fromkeys(range(3)), lambda: dict.fromkeys(), lambda: dict.fromkeys(1),
             lambda: dict.fromkeys([1], 2, 3), lambda: dict.fromkeys(iterable=[1])]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class D(dict):
    pass
x = D.fromkeys("ab", [])
print(type(x).__name__, x)
x["a"].append(1)
print(x)
class E(dict):
    def __init__(self):
        print("E init")
        super().__init__()
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
print(E.fromkeys([1, 2]))
class D(dict):
    @classmethod
    def make(cls):
        return super().fromkeys("xy", 1)
print(D.make(), type(D.make()).__name__)
print(type(D().fromkeys("a")).__name__, type({}.fromkeys("a")).__name__)
print(dict.fromkeys.__name__)
d = D()
print(type(super(D, d).fromkeys("q")).__name__)
print(dict.fromkeys({1: 2, 3: 4}), dict.fromkeys({5, 6} if False else (5, 6)))
try:
    dict.fromkeys([1, {}])
except TypeError as e:
    print(e)
import collections
print(collections.defaultdict.fromkeys("ab"))
