def memoize(func):
    cache = {}

    def lookup(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    return lookup


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))
