# An exception raised in finally replaces the one in flight, chaining it as context.
def risky():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")


try:
    risky()
except KeyError as error:
    print(repr(error), repr(error.__context__))
risky()
