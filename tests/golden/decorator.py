def logged(func):
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)
    return wrapper

@logged
def add(a, b):
    return a + b

print(add(1, 2))
