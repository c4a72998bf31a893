# reversed on sequences and ranges; sorted returns a new list.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))))
print("".join(reversed("stressed")), tuple(reversed((1, 2))))
original = [3, 1, 2]
ordered = sorted(original)
print(original, ordered, ordered is original)
print(sorted({3: "c", 1: "a"}), sorted([0.5, -1, 3]), sorted(["b", "A", "a", "B"]))
try:
    reversed({1, 2})
except TypeError as error:
    print(error)
