# RuntimeError raised explicitly, caught, and re-raised uncaught.
def fail(message):
    raise RuntimeError(message)


try:
    fail("first")
except RuntimeError as error:
    print("caught", error)
fail("second")
