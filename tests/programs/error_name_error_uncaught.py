# An undefined name raises NameError with a traceback through two frames.
def greet():
    return "hello " + nmae


def main():
    print(greet())


main()
