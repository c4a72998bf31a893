# functools.cache on a recursive function that counts ways to climb stairs.
import functools

calls = 0


@functools.cache
def ways(n):
    global calls
    calls += 1
    if n <= 1:
        return 1
    return ways(n - 1) + ways(n - 2) + (ways(n - 3) if n >= 3 else 0)


print(ways(50), calls)
print(ways(50), calls)
print(ways.cache_info().hits > 0)
