# An uncaught re-raise from except*: a wrapped naked exception and a new group combining handler errors have no traceback of their own.
def work():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


try:
    work()
except ExceptionGroup as error:
    print(repr(error), error.__traceback__ is not None)

try:
    raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
except* ValueError as e:
    raise RuntimeError("new")
