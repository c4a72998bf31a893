# Scope rule: global in sibling does not hide cell.
def f():
    x = 0
    def g():
        global x
        x = 1
    def h():
        return x
    return g, h
