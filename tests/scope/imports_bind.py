# Import binds the first component of a dotted name, or the alias.
def f():
    import os.path
    from collections import OrderedDict as OD, deque
    return os, OD, deque
