def logged(method):
    def wrapper(self, *args):
        print("calling", method.__name__, args)
        return method(self, *args)
    return wrapper


class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    @logged
    def greet(self, name):
        return self.greeting + ", " + name


print(Greeter("hello").greet("ada"))
