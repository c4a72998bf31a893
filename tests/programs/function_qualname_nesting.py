# __qualname__ records where a function was defined: classes, functions and <locals>.
class Outer:
    def method(self):
        def helper():
            pass
        return helper
    class Inner:
        def deep(self):
            pass

def factory():
    class Local:
        def m(self):
            pass
    return Local

print(Outer.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Inner.deep.__qualname__, Outer.Inner.__qualname__)
print(factory().m.__qualname__, factory().__qualname__)
print((lambda: 0).__qualname__)
