# A decorator applied to methods: the wrapper closes over func and receives self.
def log_calls(func):
    def wrapper(self, *args):
        result = func(self, *args)
        print(f"{type(self).__name__}.{func.__name__}{args} -> {result}")
        return result
    return wrapper


class Calculator:
    def __init__(self, base):
        self.base = base

    @log_calls
    def add(self, x):
        return self.base + x

    @log_calls
    def scale(self, x, y):
        return self.base * x * y


calc = Calculator(10)
calc.add(5)
calc.scale(2, 3)
print(Calculator.add.__qualname__, Calculator.add.__code__.co_freevars)
