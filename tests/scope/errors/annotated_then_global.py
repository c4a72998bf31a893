# Misuse: annotated then global.
def f():
    x: int
    global x
