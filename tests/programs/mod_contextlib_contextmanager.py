# @contextmanager: code before yield runs on entry, the finally block on exit.
from contextlib import contextmanager

@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)

with opened("log") as handle:
    print("using", handle)
try:
    with opened("data"):
        raise RuntimeError("write failed")
except RuntimeError as error:
    print("caught", error)
print(opened.__name__)
