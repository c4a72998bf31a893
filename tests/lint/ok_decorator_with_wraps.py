import functools


def logged(func):
    calls = 0

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        result = func(*args, **kwargs)
        print(f"{func.__name__} call {calls}: {result}")
        return result

    return wrapper


@logged
def add(a, b=0):
    return a + b


add(1, 2)
add(3, b=4)
