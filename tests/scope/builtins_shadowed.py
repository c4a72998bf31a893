# A builtin rebound at module level is a global.
len = 5

def f():
    return len, print

def g():
    list = []
    return list
