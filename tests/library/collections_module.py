# collections: defaultdict, Counter and namedtuple beyond the corpus programs.
from collections import Counter, defaultdict, namedtuple

# defaultdict: the factory, a missing key inserts, get() and `in` do not.
d = defaultdict(list, {"a": [1]}, b=[2])
d["c"].append(3)
print(d, d.get("zz"), "zz" in d, len(d), isinstance(d, dict), type(d).__name__)
print(d.default_factory, defaultdict(), defaultdict(None, x=1))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as error:
    print("KeyError", error)
try:
    defaultdict(5)
except TypeError as error:
    print(error)
counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))
print(list(counts), list(counts.keys())[:2], sum(counts.values()))
tree = defaultdict(lambda: defaultdict(list))
tree["x"]["y"].append(1)
print(tree["x"]["y"], dict(tree["x"]))
d.default_factory = set
d["s"].add(1)
print(d["s"], d.pop("s"), "s" in d)

# Counter: counting, missing elements, most_common, arithmetic, update and subtract.
c = Counter("mississippi")
print(c, c["s"], c["z"], "z" in c, len(c))
print(c.most_common(), c.most_common(1), c.most_common(0))
c.subtract("sss")
print(c, c.total())
c.update({"m": 5}, p=1)
print(c, sorted(c.elements())[:4])
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a | b, a & b)
print(Counter(), Counter({"x": 0, "y": -1}) + Counter())
print(isinstance(c, dict), type(c).__name__, dict(Counter(k=2)), list(Counter("aab").items()))
words = Counter()
for word in ["x", "y", "x"]:
    words[word] += 1
print(words, words == {"x": 2, "y": 1})

# namedtuple: construction, fields, defaults, _make, _replace, _asdict, errors.
Point = namedtuple("Point", "x, y")
p = Point(1, 2)
print(p, p.x, p[1], p == Point(1, 2), p == (1, 2), hash(p) == hash((1, 2)), p < Point(1, 3))
print(Point._make([5, 6]), Point._fields, p._asdict(), Point.__name__, Point.__doc__)
print(repr(Point), isinstance(p, tuple), list(p), p + (3,), p * 2, p[::-1])
Item = namedtuple("Item", ["name", "price", "count"], defaults=[0])
print(Item("pen", 2), Item("ink", 5, 3), Item._field_defaults)
for call in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, x=2),
             lambda: Point(1, z=2), lambda: p._replace(z=1), lambda: namedtuple("Q", "a a"),
             lambda: namedtuple("Q", "a class"), lambda: namedtuple("Q", "_a"),
             lambda: namedtuple("Q", "a 1b")]:
    try:
        print(call())
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
try:
    p.x = 10
except AttributeError as error:
    print("AttributeError", error)
x, y = p
print(x, y, {p: "origin"}[Point(1, 2)], sorted([Point(2, 1), Point(1, 5)]))

# __slots__: only declared names can be set when every class declares them.
class P:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
class Q(P):
    __slots__ = "z"
class R(P):
    pass
for obj, name in [(P(), "y"), (P(), "w"), (Q(), "z"), (Q(), "w"), (R(), "w")]:
    try:
        setattr(obj, name, 5)
        print("set", name, getattr(obj, name))
    except AttributeError as error:
        print(error)
from collections import namedtuple
T = namedtuple("T", "a")
try:
    T(1).b = 2
except AttributeError as error:
    print(error)
