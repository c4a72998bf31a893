# any and all short-circuit, and handle empty iterables.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
seen = []


def check(x):
    seen.append(x)
    return x > 1


print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 6, 0, 7]), seen)
