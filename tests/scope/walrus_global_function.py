def f():
    global g
    return [g := i for i in range(3)]
