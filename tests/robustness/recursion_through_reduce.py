# Recursion through functools.reduce.
# python3: RecursionError: maximum recursion depth exceeded while calling a Python object
# run: RecursionError: maximum recursion depth exceeded
import functools

def f(a, b):
    return functools.reduce(f, [a, b])

f(1, 2)
