# A naked exception caught with except* is wrapped in ExceptionGroup("", (exc,)); unmatched, it passes through as it was.
def show(label, error):
    print(label, type(error).__name__, repr(error), "|", error)


try:
    raise ValueError("naked")
except* ValueError as e:
    show("wrapped", e)
    print(e.message == "", e.__traceback__, repr(e.exceptions[0]))

try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
except KeyError as error:
    show("passed through", error)

try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise
except ExceptionGroup as error:
    show("re-raised", error)
    print(repr(error.exceptions[0]))

try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise KeyError("from the handler")
except KeyError as error:
    show("raised in handler", error)
    show("its context", error.__context__)

try:
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        show("base", e)
        raise
except BaseExceptionGroup as error:
    show("base group", error)
