# functools.wraps copies __name__, __qualname__, __doc__, __module__ and __dict__.
import functools


def tag(label):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return f"{label}:{func(*args, **kwargs)}"
        return wrapper
    return decorator


@tag("A")
@tag("B")
def core(x):
    """Core docstring."""
    return x


core_attr = core
print(core(1), core.__name__, core.__doc__, core.__qualname__, core.__module__)
print(core.__wrapped__(2), core.__wrapped__.__wrapped__(3))


def plain_decorator(func):
    def wrapper():
        return func()
    return wrapper


@plain_decorator
def documented():
    """Lost docstring."""


print(documented.__name__, documented.__doc__)
