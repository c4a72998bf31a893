# A class body that writes locals()["x"] reads that name, not the enclosing cell (LOAD_CLASSDEREF).
def outer():
    x = "from the function"
    class Example:
        print(x)
        locals()["x"] = "from the class body"
        print(x)
        y = x
    return Example, (lambda: x)

cls, read = outer()
print(cls.y)
print(read())
