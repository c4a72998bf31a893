# enumerate with a start, zip of several iterables stopping at the shortest, and unzip.
for i, letter in enumerate("abc"):
    print(i, letter)
print(list(enumerate(["x", "y"], start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3))))
print(list(zip(*[(1, "a"), (2, "b")])))
names = ["ada", "alan"]
years = [1815, 1912]
print(dict(zip(names, years)))
print(enumerate([]).__class__.__name__, zip().__class__.__name__)
