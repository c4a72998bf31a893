# if/elif/else chains, conditional expressions, chained comparisons, truthiness.
def describe(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif 0 < n < 10:
        return "small"
    else:
        return "large"


print([describe(n) for n in (-3, 0, 5, 50)])
for value in [0, 1, "", "x", [], [0], {}, None, 0.0, range(0)]:
    print(repr(value), bool(value), "yes" if value else "no")
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2, "a" < "b" < "c")
print(0 or "default", "" and "never", None or 0 or [], 1 and 2 and 3, not 0)
