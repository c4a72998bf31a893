# A comprehension in another's first iterable belongs to the enclosing scope.
def f(xs):
    pairs = [(a, b) for a in [b for b in xs] for b in xs]
    return pairs
