# functools.lru_cache memoizes and reports hits, misses and size.
import functools


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@functools.lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())
print(fib.__name__, fib.__wrapped__.__name__)
