# ExitStack enters several context managers and exits them in reverse order.
from contextlib import ExitStack

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self.name
    def __exit__(self, *exc):
        print("release", self.name)
        return False

with ExitStack() as stack:
    names = [stack.enter_context(Resource(n)) for n in "abc"]
    stack.callback(print, "callback")
    print("holding", names)
print("done")
