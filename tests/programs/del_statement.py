# del removes names, list items, slices and dict keys.
x = 5
del x
try:
    print(x)
except NameError as error:
    print(error)
items = [0, 1, 2, 3, 4, 5]
del items[0]
del items[-1]
del items[1:3]
print(items)
table = {"a": 1, "b": 2}
del table["a"]
print(table)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
try:
    del table["zzz"]
except KeyError as error:
    print("KeyError", error)
