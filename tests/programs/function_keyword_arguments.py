# Positional-only, keyword-only, defaults, *args and **kwargs in one signature.
def signature(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, sorted(kwargs.items())


print(signature(1, d=4))
print(signature(1, 20, 30, 40, 50, d=4, z=26, y=25))
print(signature(*[1, 2, 3], **{"d": 4, "e": 6, "f": 7}))
try:
    signature(1, d=4, a=0)
except TypeError as error:
    print(error)
try:
    signature(b=1, d=4)
except TypeError as error:
    print(error)
try:
    signature(1)
except TypeError as error:
    print(error)
