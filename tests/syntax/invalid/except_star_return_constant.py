def f():
    try:
        pass
    except* TypeError:
        return 1
