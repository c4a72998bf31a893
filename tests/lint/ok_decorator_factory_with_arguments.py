import functools


def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = None
            for _ in range(times):
                result = func(*args, **kwargs)
            return result

        return wrapper

    return decorate


@repeat(3)
def greet(name):
    print("hi", name)
    return name


print(greet("Ada"))
