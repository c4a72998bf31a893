# An unexpected indent is an IndentationError.
def f():
    return 1
        return 2
