# Calling a closure before its free variable is bound raises NameError about the free variable.
def outer():
    def inner():
        return value

    try:
        inner()
    except NameError as error:
        print(type(error).__name__ + ":", error)
    value = 3
    return inner()


print(outer())
