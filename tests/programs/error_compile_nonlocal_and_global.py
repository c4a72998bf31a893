# A name cannot be both nonlocal and global in one function.
def outer():
    x = 1

    def inner():
        global x
        nonlocal x

    return inner
