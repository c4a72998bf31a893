# Nonlocal reaches two levels out, through a scope that never mentions the name.
def a():
    x = 0
    def b():
        def c():
            nonlocal x
            x += 1
        c()
        return x
    return b
