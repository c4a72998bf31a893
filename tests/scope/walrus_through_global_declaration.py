# Scope rule: walrus through global declaration.
x = 1
def f():
    global x
    def g():
        return [x := 5 for _ in range(1)]
    return g
