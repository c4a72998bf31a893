# __closure__ and __globals__ are read-only; __name__ and __qualname__ must be strings.
def make():
    n = 1
    def get():
        return n
    return get

g = make()
print(g.__qualname__, g.__closure__[0].cell_contents)
for attribute, value in [("__closure__", None), ("__globals__", {})]:
    try:
        setattr(g, attribute, value)
    except AttributeError as error:
        print(attribute, error)
g.__qualname__ = "renamed.get"
print(g.__qualname__, g.__name__)
try:
    g.__name__ = 5
except TypeError as error:
    print(error)
try:
    g.__defaults__ = [1]
except TypeError as error:
    print(error)
