# A dict comprehension's value is visited before its key.
def f(pairs):
    return {k: v for k, v in pairs if k}, {v: k for (k, v) in pairs}
