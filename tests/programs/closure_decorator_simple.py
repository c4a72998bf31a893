# A decorator without arguments wraps a function in a closure.
def shout(func):
    def wrapper(*args):
        return func(*args).upper() + "!"
    return wrapper


@shout
def greet(name):
    return "hello " + name


print(greet("world"))
print(greet.__name__)
print(greet.__code__.co_freevars)
