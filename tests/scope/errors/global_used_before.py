# Misuse: global used before.
def f():
    print(counter)
    global counter
