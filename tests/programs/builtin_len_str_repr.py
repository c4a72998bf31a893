# len, str and repr of the built-in types.
values = [0, -1.5, "s", "", [1, [2]], (1,), (), {"a": [1]}, set(), {3}, None, True, range(3), 2 ** 70]
for v in values:
    print(type(v).__name__, str(v), repr(v))
print(len("héllo"), len([1, 2]), len({}), len(range(0, 100, 7)), len({1, 2, 2}))
print(str(str), repr(int), str(len), type(None))
