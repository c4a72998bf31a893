# A global declaration hides an enclosing function's binding from inner scopes.
def outer():
    x = 1
    def middle():
        global x
        def inner():
            return x
        return inner
    return middle
