# Misuse: global assigned before.
def f():
    counter = 1
    global counter
