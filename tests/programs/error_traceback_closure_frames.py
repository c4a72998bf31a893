# A traceback through a decorator's wrapper and the wrapped function.
def checked(func):
    def wrapper(*args):
        result = func(*args)
        return result
    return wrapper


@checked
def divide(a, b):
    return a // b


print(divide(7, 2))
divide(1, 0)
