# sys.getrecursionlimit(), sys.argv and sys.maxsize.
import sys

print(sys.getrecursionlimit())
print(sys.argv)
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[:2] >= (3, 0))
print(type(sys.modules).__name__, "sys" in sys.modules)
