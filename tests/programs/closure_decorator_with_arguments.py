# A decorator factory takes arguments and returns the real decorator.
def repeat(times):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def ping(suffix="!"):
    return "ping" + suffix


print(ping())
print(ping(suffix="?"))
print(ping.__code__.co_freevars)
print(sorted(c.cell_contents for c in ping.__closure__ if isinstance(c.cell_contents, int)))
