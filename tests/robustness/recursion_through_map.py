# Recursion through a native call: map calls back into Python.
# python3: RecursionError.
# run: RecursionError: maximum recursion depth exceeded
def f(n):
    return list(map(f, [n + 1]))

f(0)
