# A validating decorator raises TypeError from its wrapper; the traceback shows both frames.
def ints_only(func):
    def wrapper(*args):
        for arg in args:
            if not isinstance(arg, int):
                raise TypeError(f"{func.__name__} expects ints, got {type(arg).__name__}")
        return func(*args)
    return wrapper


@ints_only
def add(a, b):
    return a + b


print(add(2, 3))
print(add(2, 3.0))
