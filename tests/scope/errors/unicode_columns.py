# Misuse: unicode columns.
def f():
    x = 1
    def g():
        s = 'é→'; global x; nonlocal x
