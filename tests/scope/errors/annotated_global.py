# Misuse: annotated global.
def f():
    global x
    x: int = 1
