# Errors when instantiating: wrong argument counts and __init__ returning a value.
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b


try:
    Pair(1)
except TypeError as error:
    print(error)
try:
    Pair(1, 2, 3)
except TypeError as error:
    print(error)


class Bad:
    def __init__(self):
        return 5


try:
    Bad()
except TypeError as error:
    print(error)
Pair(a=1, c=2)
