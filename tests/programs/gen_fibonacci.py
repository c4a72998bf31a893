# A Fibonacci generator with a limit, used with zip and sum.
def fibonacci(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b


print(list(fibonacci(100)))
print(sum(fibonacci(10 ** 6)))
print(list(zip(fibonacci(50), "abcdef")))
print(max(fibonacci(2 ** 100)))
