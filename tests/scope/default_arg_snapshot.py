# A default argument captures the value, not the cell.
def f():
    funcs = []
    for i in range(3):
        funcs.append(lambda i=i: i)
    return funcs
