# The traceback of a group raised in a function and re-raised from except* handlers through calls.
def inner():
    raise ExceptionGroup("from inner", [ValueError("v"), TypeError("t")])


def middle():
    try:
        inner()
    except* ValueError:
        raise RuntimeError("handler failed")


def outer():
    middle()


outer()
