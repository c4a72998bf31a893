# Using an object without __enter__ in a with statement raises TypeError.
class NotAManager:
    pass


try:
    with NotAManager():
        pass
except (TypeError, AttributeError) as error:
    print(type(error).__name__, error)
print("done")
