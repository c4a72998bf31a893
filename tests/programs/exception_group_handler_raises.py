# Exceptions raised inside except* handlers are collected and raised together with the unmatched rest.
def show(label, error):
    print(label, type(error).__name__, repr(error), "|", error)


try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), TypeError(3)])
    except* ValueError as e:
        raise RuntimeError("from values")
    except* KeyError as e:
        1 / 0
except ExceptionGroup as error:
    show("combined", error)
    for member in error.exceptions:
        show("  member", member)
        show("    context", member.__context__)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise OSError("only one") from e
except OSError as error:
    show("alone", error)
    show("cause", error.__cause__)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("new group", [IndexError(5)])
    except* TypeError:
        raise
except ExceptionGroup as error:
    show("group from handler", error)
    for member in error.exceptions:
        show("  member", member)


def deeper():
    raise LookupError("deep")


try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        deeper()
except ExceptionGroup as error:
    show("from a call", error)
