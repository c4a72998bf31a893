# Functions defined in a loop share the loop variable's one cell.
def f():
    funcs = []
    for i in range(3):
        def g():
            return i
        funcs.append(g)
    return funcs
