# UnboundLocalError is a NameError subclass and carries CPython's message.
x = 10


def read_then_assign():
    print(x)
    x = 5


try:
    read_then_assign()
except NameError as error:
    print(type(error).__name__, "|", error)
    print(isinstance(error, UnboundLocalError), issubclass(UnboundLocalError, NameError))


def delete_then_read():
    y = 1
    del y
    return y


try:
    delete_then_read()
except UnboundLocalError as error:
    print(error)
