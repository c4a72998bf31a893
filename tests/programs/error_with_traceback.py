# e.with_traceback(tb) and e.__traceback__ = tb: the exception takes tb's entries, raising it adds the frames in front, None clears them; an uncaught one prints them all
import sys, traceback
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[2]
tb = f()
e = ValueError("v").with_traceback(tb)
print(e.__traceback__ is tb, e.with_traceback(tb) is e)
try:
    raise e
except ValueError as x:
    t = x.__traceback__
    while t:
        print(t.tb_lineno, t.tb_frame.f_code.co_name)
        t = t.tb_next
    traceback.print_exc(file=sys.stdout)
print(ValueError().with_traceback(None).__traceback__)
for bad in (lambda: ValueError().with_traceback(5), lambda: ValueError().with_traceback()):
    try:
        bad()
    except TypeError as err:
        print(err)
def again():
    try:
        raise KeyError("k")
    except KeyError as k:
        k.__traceback__ = None
        raise
try:
    again()
except KeyError as k:
    print(k.__traceback__.tb_lineno, k.__traceback__.tb_next.tb_lineno, k.__traceback__.tb_next.tb_next)
raise RuntimeError("end").with_traceback(tb)
