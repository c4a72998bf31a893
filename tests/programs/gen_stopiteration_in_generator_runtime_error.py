# A StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    raise StopIteration("leaked")


try:
    print(list(leaky()))
except RuntimeError as error:
    print(type(error).__name__, error, type(error.__cause__).__name__)
