# Misuse: walrus rebinds iteration variable.
def f(xs):
    return [x := 0 for x in xs]
