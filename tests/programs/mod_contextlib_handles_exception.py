# A generator context manager can catch the exception from the with block.
from contextlib import contextmanager

@contextmanager
def ignoring(kind):
    try:
        yield
    except kind as error:
        print("ignored", type(error).__name__, error)

with ignoring(KeyError):
    {}["missing"]
print("continues")
with ignoring(KeyError):
    print("no error")
try:
    with ignoring(KeyError):
        raise ValueError("not ignored")
except ValueError as error:
    print("escaped", error)
