# 1, 1.0 and True are the same dict key; tuple keys work; dict repr shows nesting.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)], grid.get((2, 1)))
nested = {"a": [1, {"b": (2, 3)}], "c": None}
print(nested, repr(nested))
print(hash(1) == hash(1.0) == hash(True), hash(7), hash((1, 2)) == hash((1, 2)))
