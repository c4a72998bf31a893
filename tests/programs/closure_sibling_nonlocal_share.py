# Sibling closures both writing with nonlocal update one shared cell.
def make_pair():
    state = 0

    def inc():
        nonlocal state
        state += 1
        return state

    def dec():
        nonlocal state
        state -= 1
        return state

    return inc, dec


inc, dec = make_pair()
print(inc(), inc(), dec(), inc())
print(inc.__closure__[0] is dec.__closure__[0])
print(inc.__closure__[0].cell_contents)
