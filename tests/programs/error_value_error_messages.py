# ValueError messages from conversions, unpacking and list methods.
def attempt(thunk):
    try:
        thunk()
    except ValueError as error:
        print(type(error).__name__ + ":", error)


attempt(lambda: int("abc"))
attempt(lambda: int("12", 2))
attempt(lambda: float("x1"))
attempt(lambda: [1, 2].index(5))
attempt(lambda: [1, 2].remove(5))
attempt(lambda: "abc".index("z"))


def unpack_too_many():
    a, b = [1, 2, 3]


def unpack_too_few():
    a, b, c = (1, 2)


attempt(unpack_too_many)
attempt(unpack_too_few)
attempt(lambda: range(1, 5, 0))
attempt(lambda: chr(-1))
