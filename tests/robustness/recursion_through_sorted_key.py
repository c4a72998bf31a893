# Recursion through sorted(key=).
# python3: RecursionError (C frames count too: "repeated 493 more times").
# run: RecursionError: maximum recursion depth exceeded
def key(x):
    return sorted([x], key=key)

key(0)
