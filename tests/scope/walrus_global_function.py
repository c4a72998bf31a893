# A walrus target declared global in the function stays global.
def f():
    global g
    return [g := i for i in range(3)]
