# A memoized factorial(300) produces a big integer; the cache lives in a closure.
def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    return wrapper


@memoize
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


result = factorial(300)
print(result)
print(len(str(result)))
print(result % 1000003, result.bit_length())
print(factorial(20), factorial.__closure__[0].cell_contents is not None)
