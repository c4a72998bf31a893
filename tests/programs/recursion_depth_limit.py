# Recursion 900 deep is fine under the default limit of 1000.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(sys.getrecursionlimit())
print(depth(900))
