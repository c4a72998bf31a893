# with calls __enter__ and __exit__, binding the result of __enter__.
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False


with Resource("db") as r:
    print("using", r.name)
print("after with")
with Resource("a") as a, Resource("b") as b:
    print("using both", a.name, b.name)
