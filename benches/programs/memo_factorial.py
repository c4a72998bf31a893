# A memoizing closure over a dict computing big-int factorials.
def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]

    return wrapper


@memoize
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)


digits = 0
for n in range(1, 900):
    digits += len(str(factorial(n)))
print(digits, str(factorial(898))[:30])
