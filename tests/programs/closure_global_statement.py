# global rebinds the module variable from a nested function.
counter = 0


def bump():
    global counter
    counter += 1


def outer():
    def inner():
        global counter
        counter += 10
    inner()


bump()
bump()
outer()
print(counter)
print(bump.__code__.co_freevars, bump.__code__.co_names)
