# nonlocal naming a variable with no enclosing binding is a SyntaxError at compile time.
print("this line never runs")


def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
