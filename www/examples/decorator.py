def logged(func):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print(f"call {calls}: {func.__name__}{args} {kwargs}")
        return func(*args, **kwargs)

    return wrapper

@logged
def add(a, b=0):
    return a + b

add(1, 2)
print(add(3, b=4))
