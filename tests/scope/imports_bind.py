def f():
    import os.path
    from collections import OrderedDict as OD, deque
    return os, OD, deque
