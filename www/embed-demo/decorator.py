def count_calls(func):
    calls = 0

    def wrapper(*args):
        nonlocal calls
        calls += 1
        print(f"call {calls} of {func.__name__}")
        return func(*args)

    return wrapper


@count_calls
def square(x):
    return x * x


square(3)
square(4)
print(square.__closure__[0].cell_contents)
