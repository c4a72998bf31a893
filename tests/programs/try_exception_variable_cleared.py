# The name bound by `except ... as e` is deleted when the handler ends.
try:
    raise ValueError("temporary")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as error:
    print("after:", error)
