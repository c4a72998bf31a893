# hash of small and big ints and tuples of ints, which is the same in every run.
for value in [0, 1, -1, -2, 42, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), (1, 2), (), (1, (2, 3))]:
    print(repr(value), hash(value))
print(hash(True), hash(1.0), hash(0.5), hash(-0.0))
try:
    hash([1])
except TypeError as error:
    print(error)
