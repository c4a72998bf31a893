# `raise E` and `raise E from F` call the classes with no arguments: __init__ runs, __str__ shows in the traceback
class Logged(Exception):
    def __init__(self, *args):
        print("Logged.__init__", args)
        super().__init__(*args)
        self.code = 7

    def __str__(self):
        return "logged failure"


class Cause(Exception):
    def __init__(self):
        print("Cause.__init__")
        super().__init__("the cause")


try:
    raise Logged
except Logged as e:
    print(type(e).__name__, e.code, str(e), e.args)

try:
    raise Logged from Cause
except Logged as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__))


class NeedsArgument(Exception):
    def __init__(self, x):
        super().__init__(x)


try:
    raise NeedsArgument
except TypeError as e:
    print("TypeError:", e)


class NotAnInstance(Exception):
    def __new__(cls):
        return 5


try:
    raise NotAnInstance
except TypeError as e:
    print("TypeError:", e)

try:
    raise ValueError from 3
except TypeError as e:
    print("TypeError:", e)


def failing_cause():
    raise Logged from Cause


failing_cause()
