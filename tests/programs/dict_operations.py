# Dicts keep insertion order; get, setdefault, update, pop, items, keys, values.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d))
print(d.get("two"), d.get("four"), d.get("four", 4))
print(d.setdefault("five", 5), d.setdefault("one", 0))
d.update({"two": 22}, six=6)
print(list(d.keys()), list(d.values()))
print(list(d.items())[:2])
print(d.pop("two"), d.pop("missing", "default"), d.popitem())
del d["three"]
print(d, "one" in d, 1 in d)
print(dict(zip("ab", [1, 2])), dict([("x", 1)]), dict(a=1, b=2), dict.fromkeys("ab", 0))
print({**{"a": 1}, **{"b": 2, "a": 3}}, {"a": 1} | {"b": 2}, {1: "x"} == {1: "x"})
