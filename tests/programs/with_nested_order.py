# Nested context managers exit in reverse order, even when the inner body raises.
class Named:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else "-")


try:
    with Named("outer") as o:
        with Named("inner") as i:
            print("body", o, i)
            raise RuntimeError("boom")
except RuntimeError as error:
    print("handled", error)
