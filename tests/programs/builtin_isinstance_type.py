# isinstance with tuples and bool-is-int; type() names and identity.
values = [1, True, 1.0, "1", [1], (1,), {1: 1}, {1}, None, len, lambda: 0]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), callable(v))
print(type(1) is int, type(True) is bool, isinstance(True, int), type(type(1)).__name__)
print(isinstance(3, (str, (float, int))), issubclass(bool, int), issubclass(int, object))
