# except* matching: each handler runs once with its subgroup, tuples and nesting, else and finally, sys.exc_info in a handler.
import sys


def show(label, error):
    print(label, type(error).__name__, repr(error), "|", error)


try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("values", e)
except* TypeError as e:
    show("types", e)
print("after the first")

try:
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("nested", [TypeError(2), ValueError(3)])])
except* (ValueError, KeyError) as e:
    show("tuple", e)
    print("exc_info", repr(sys.exc_info()[1]))
except* TypeError as e:
    show("nested", e)
    print("exc_info", repr(sys.exc_info()[1]))
else:
    print("no else")
finally:
    print("finally")
print(sys.exc_info())

try:
    pass
except* ValueError:
    print("not reached")
else:
    print("else runs")
finally:
    print("finally runs")

try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("anonymous handler")
except* TypeError:
    print("not this one")


def handled():
    try:
        raise ExceptionGroup("in a function", [OSError("o"), OSError("p")])
    except* OSError as e:
        show("function", e)
    return "returned"


print(handled())

for attempt in range(2):
    try:
        raise ExceptionGroup("loop", [ValueError(attempt)])
    except* ValueError as e:
        show("loop", e)
        for inner in range(3):
            if inner == 1:
                continue
            if inner == 2:
                break
            print("inner", inner)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as error:
    print(error)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass
except TypeError as error:
    print(error)
try:
    try:
        raise ValueError(1)
    except* 42:
        pass
except TypeError as error:
    print(error)
