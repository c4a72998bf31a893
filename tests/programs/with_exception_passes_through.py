# An exception in a with block reaches __exit__ and then propagates when __exit__ returns False.
class Tracker:
    def __enter__(self):
        print("enter")
        return "token"

    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__ if exc_type else None, exc)
        return False


try:
    with Tracker() as token:
        print("body with", token)
        raise KeyError("inside")
except KeyError as error:
    print("caught outside", repr(error))
with Tracker():
    print(1 / 0)
