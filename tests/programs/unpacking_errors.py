# Unpacking errors: too many values, too few, and a non-iterable.
def attempt(thunk):
    try:
        thunk()
    except (ValueError, TypeError) as error:
        print(type(error).__name__ + ":", error)


def too_many():
    a, b = 1, 2, 3


def too_few_starred():
    a, b, *c = [1]


def not_iterable():
    a, b = 5


attempt(too_many)
attempt(too_few_starred)
attempt(not_iterable)
x, y = "xyz"
