# Names never bound in a function are globals or builtins.
import math

def area(r):
    return math.pi * r * r

print(area(2), len([1, 2]))
