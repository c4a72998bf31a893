# An uncaught Exception without arguments prints just its name.
def f():
    raise Exception


print("before")
f()
