# sys.setrecursionlimit takes a C int: the wrong type is a TypeError naming it, an int
# past the C int range either way an OverflowError, and one below 1 a ValueError.
import sys

for limit in [10**30, -10**30, 2**31, -1, 0, 1.5, "a", None]:
    try:
        sys.setrecursionlimit(limit)
        print(limit, "accepted")
    except (TypeError, ValueError, OverflowError) as error:
        print(repr(limit), type(error).__name__, error)
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
