# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print("suppressed", exc_type.__name__)
            return True
        return False


with Suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("continues")
with Suppress(KeyError):
    {}["k"]
try:
    with Suppress(KeyError):
        int("x")
except ValueError as error:
    print("not suppressed:", error)
