# A memoizer keyed by argument tuples whose results are small lists: the cache, and
# so the live heap, grows with every new key.
def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    return wrapper

@memoize
def neighbours(x, y):
    return [(x - 1, y), (x + 1, y), (x, y - 1), (x, y + 1)]

n = 0
while True:
    for cell in neighbours(n % 5000, n // 5000):
        neighbours(*cell)
    n += 1
