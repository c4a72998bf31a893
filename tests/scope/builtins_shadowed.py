len = 5

def f():
    return len, print

def g():
    list = []
    return list
