# Misuse: nonlocal in second of two.
def f():
    a = 1
    def g():
        nonlocal a, b
