# functools.reduce with and without an initial value.
import functools
import operator

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 11), 1))
print(functools.reduce(operator.add, ["a", "b", "c"], ">"))
print(functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as error:
    print(error)
