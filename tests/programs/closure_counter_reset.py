# A counter object made of closures with increment, reset and get sharing one cell.
def counter(start=0):
    value = start

    def increment(by=1):
        nonlocal value
        value += by
        return value

    def reset():
        nonlocal value
        value = start

    def get():
        return value

    return {"increment": increment, "reset": reset, "get": get}


c = counter(5)
c["increment"]()
c["increment"](10)
print(c["get"]())
c["reset"]()
print(c["get"](), c["increment"]())
print(sorted(c["increment"].__code__.co_freevars), sorted(c["reset"].__code__.co_freevars))
