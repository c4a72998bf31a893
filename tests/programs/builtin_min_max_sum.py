# min, max and sum with iterables, several arguments, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, -2, 8]), max("hello"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(min([], default="empty"), max((), default=None))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({5, 3, 9}))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1, 0.2]), sum([[1], [2]], []))
print(max(1, 2.5), min(True, 2), max(-0.0, 0))
try:
    max([])
except ValueError as error:
    print(error)
