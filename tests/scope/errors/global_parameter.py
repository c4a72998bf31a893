# Misuse: global parameter.
def f(x):
    global x
