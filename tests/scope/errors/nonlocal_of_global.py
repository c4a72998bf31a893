# Misuse: nonlocal of global.
x = 1
def f():
    nonlocal x
