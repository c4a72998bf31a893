# functools.wraps copies the wrapped function's name and docstring and sets __wrapped__.
import functools


def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@logged
def area(w, h):
    """Return the area of a rectangle."""
    return w * h


print(area(3, 4))
print(area.__name__, area.__doc__)
print(area.__wrapped__(5, 6))
print(area.__qualname__)
