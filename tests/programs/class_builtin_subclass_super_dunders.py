# super().__setitem__/__getitem__/__contains__/__delitem__/__init__ in dict and list subclasses, dict.__getitem__(self, k), and keyword construction of a dict subclass
class LoggingDict(dict):
    def __init__(self, *args, **kwargs):
        print("init", args, kwargs)
        super().__init__(*args, **kwargs)
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)
    def __contains__(self, key):
        print("contains", key)
        return super().__contains__(key)
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)
d = LoggingDict({"a": 1}, b=2)
d["c"] = 3
print(d["a"], "c" in d, "z" in d)
del d["a"]
print(d, len(d), type(d).__name__)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
class LoggingList(list):
    def __init__(self, items):
        print("init", items)
        super().__init__(items)
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)
l = LoggingList([1, 2, 3])
l[0] = 10
print(l[0], l[1:], 2 in l, 9 in l)
print(l, len(l))
try:
    l[10]
except IndexError as e:
    print("IndexError", e)
class Defaulting(dict):
    def __missing__(self, key):
        return key * 2
dd = Defaulting()
print(dd["ab"], dict.__getitem__(dd, "x") if False else "")
class D2(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1
    def get(self, k, default=None):
        return super().get(k, default)
x = D2(a=1)
print(x["a"], x.get("a"), x.get("q", 5))
print(D2.keys(x), dict.get(x, "a"), LoggingDict.__len__(d))


class Plain(dict):
    pass


print(Plain(a=1), Plain({"b": 2}, c=3))
print({"k": 1}.__getitem__("k"), [5, 6].__len__(), {}.__contains__(1))
for call in [lambda: {}.__getitem__(), lambda: {}.__setitem__(1), lambda: [].__contains__(),
             lambda: [].__len__(1), lambda: {}.__delitem__(), lambda: {}.__setitem__(1, v=2),
             lambda: dict.__getitem__([], 1), lambda: {}.__contains__([])]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
