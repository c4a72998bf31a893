# nonlocal in the innermost of three functions rebinds the outermost variable.
def outer():
    total = 0

    def middle():
        def inner(x):
            nonlocal total
            total += x
            return total
        return inner

    add = middle()
    add(5)
    add(7)
    return total, middle.__code__.co_freevars


print(outer())
