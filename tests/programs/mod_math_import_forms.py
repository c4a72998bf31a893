# import forms: import, from-import, aliases, and a module's attributes.
import math as m
from math import sqrt, pi as PI
from functools import reduce

print(m.floor(2.7), sqrt(81), round(PI, 5), reduce(lambda a, b: a * b, [1, 2, 3]))
print(type(m).__name__, m.__name__)
try:
    from sys import nothing_here
except ImportError as error:
    print(type(error).__name__, error)
