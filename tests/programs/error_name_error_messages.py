# NameError messages for undefined globals and for free variables referenced before assignment.
try:
    undefined_thing
except NameError as error:
    print(error)


def outer():
    def inner():
        return captured
    try:
        inner()
    except NameError as error:
        print(error)
    captured = 1


outer()
try:
    del not_there
except NameError as error:
    print(error)
