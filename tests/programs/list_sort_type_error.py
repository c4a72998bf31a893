# Sorting values that cannot be compared raises TypeError.
print(sorted([3, 1, 2]))
print(sorted([1, "two", 3]))
