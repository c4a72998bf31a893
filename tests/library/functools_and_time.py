import functools
import time
from functools import reduce, partial, lru_cache, wraps

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1), functools.reduce(max, [3, 9, 2]))
add3 = partial(lambda a, b, c=0: a + b + c, 1, c=10)
print(add3(2), add3(2, c=0))

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.cache
def square(x):
    print("computing", x)
    return x * x

print(square(3), square(3), square(4))

@lru_cache(maxsize=2)
def ident(x):
    print("miss", x)
    return x

for v in [1, 2, 1, 3, 2, 1]:
    ident(v)
print(ident.cache_info())

def shout(function):
    @wraps(function)
    def wrapper(*args):
        return function(*args).upper()
    return wrapper

@shout
def greet(name):
    "Say hello."
    return "hello " + name

print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
start = time.time()
time.sleep(0.01)
print(time.time() >= start, type(time.perf_counter()).__name__)
for bad in [lambda: reduce(lambda a, b: a, []), lambda: time.sleep(-1), lambda: partial(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

start = time.time(); p = time.perf_counter()
time.sleep(1.5)
print(time.time() - start >= 1.5, time.perf_counter() - p >= 1.5, time.time_ns() > 0, time.sleep(0))
