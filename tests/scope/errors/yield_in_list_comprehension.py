# Misuse: yield in list comprehension.
def f():
    return [(yield x) for x in range(3)]
