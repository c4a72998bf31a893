# Unmatched parts of a group are re-raised with the group's metadata, keeping the nesting (_PyExc_PrepReraiseStar).
def show(label, error):
    print(label, type(error).__name__, repr(error), "|", error)


try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), ExceptionGroup("sub", [TypeError(3), KeyError(4)])])
    except* KeyError as e:
        show("keys", e)
except ExceptionGroup as error:
    show("rest", error)
    print(error.__traceback__ is not None, error.__suppress_context__)

original = ExceptionGroup("eg", [ValueError(1), KeyError(2), TypeError(3)])
original.add_note("noted")
try:
    try:
        raise original
    except* ValueError as e:
        raise
    except* KeyError:
        pass
except ExceptionGroup as error:
    show("bare raise keeps the shape", error)
    print(error is original, error.__notes__)

try:
    try:
        raise original
    except* OSError:
        pass
except ExceptionGroup as error:
    print("nothing matched: the same object", error is original)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        raise e
except ExceptionGroup as error:
    show("raise e is a new raise", error)
    for member in error.exceptions:
        show("  member", member)
