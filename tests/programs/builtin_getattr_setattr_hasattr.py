# getattr, setattr and hasattr on functions and modules.
import math


def f():
    return 1


setattr(f, "label", "my function")
print(getattr(f, "label"), hasattr(f, "label"), hasattr(f, "missing"))
print(getattr(f, "missing", "fallback"), getattr(math, "pi"), getattr("abc", "upper")())
f.count = 3
f.count += 1
print(f.count, f.__dict__)
try:
    getattr(f, "absent")
except AttributeError as error:
    print(error)
