# Subclassing Mapping and MutableMapping: define the abstract methods and get __contains__, keys, items, values, get, __eq__, pop, popitem, setdefault, update, clear
from collections.abc import Mapping, MutableMapping

class Registry(Mapping):
    def __init__(self, data):
        self._data = dict(data)
    def __getitem__(self, key):
        return self._data[key]
    def __iter__(self):
        return iter(self._data)
    def __len__(self):
        return len(self._data)

r = Registry({"a": 1, "b": 2})
print("a" in r, "z" in r, r.get("a"), r.get("z", 0))
print(list(r.keys()), list(r.items()), list(r.values()))
print(r == {"a": 1, "b": 2}, r != {"a": 1}, r == [1], len(r))
print(r.keys(), type(r.items()).__name__, ("a", 1) in r.items(), 2 in r.values())
print(isinstance(r, Mapping), isinstance(r, MutableMapping), isinstance({}, MutableMapping))

class LowerDict(MutableMapping):
    """A dict whose keys are folded to lower case."""
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)
    def __getitem__(self, key):
        return self._d[key.lower()]
    def __setitem__(self, key, value):
        self._d[key.lower()] = value
    def __delitem__(self, key):
        del self._d[key.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f"LowerDict({self._d})"

d = LowerDict({"Name": "Ada"}, Lang="Python")
d.update([("YEAR", 1843)])
print(d, "NAME" in d, d["lang"])
print(d.setdefault("Field", "maths"), d.setdefault("name", "?"), d.pop("year"), d.pop("nope", None))
print(d.popitem(), d)
d.clear()
print(d, len(d))
for call in (lambda: d.pop("missing"), lambda: d.popitem(), lambda: d["x"]):
    try:
        call()
    except KeyError as e:
        print("KeyError", e)
