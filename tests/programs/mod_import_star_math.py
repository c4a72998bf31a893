# from math import * binds the module's public names, here inside a tutorial calculation
from math import *


def hypotenuse(a, b):
    return sqrt(a ** 2 + b ** 2)


def circle_area(r):
    return pi * r ** 2


print(hypotenuse(3, 4), round(circle_area(2), 4), floor(-2.5), ceil(2.1))
print(factorial(5), gcd(12, 18), isclose(0.1 + 0.2, 0.3))
print([name in globals() for name in ["log", "log2", "log10", "log1p", "_log"]])
print("__name__ stays", __name__)
