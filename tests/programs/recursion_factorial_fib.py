# Recursive factorial and Fibonacci, and a recursive flatten of nested lists.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def flatten(items):
    result = []
    for item in items:
        if isinstance(item, list):
            result.extend(flatten(item))
        else:
            result.append(item)
    return result


print([factorial(n) for n in range(10)])
print(factorial(50))
print([fib(n) for n in range(10)])
print(flatten([1, [2, [3, [4, [5]]]], 6, []]))
