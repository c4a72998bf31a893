# isinstance and issubclass accept an X | Y union like a tuple of types.
def describe(value):
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str | bytes):
        return "text"
    return "other"

for v in [1, 2.5, "a", b"b", [1], None, True]:
    print(repr(v), describe(v))
print(issubclass(bool, int | str), issubclass(list, int | str))
u = int | str
print(type(u), type(u).__name__, u.__args__)
print((int | str) == (str | int), int | int)
