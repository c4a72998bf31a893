def memoize(func):
    cache = {}
    def lookup(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return lookup

@memoize
def square(n):
    return n * n

square(3)
print(square(3))
