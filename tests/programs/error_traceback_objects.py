# Traceback objects: e.__traceback__ and sys.exc_info()[2] chain outermost first through tb_next, with tb_lineno and tb_frame (f_code.co_name, f_lineno, f_globals, f_locals of a running frame)
import sys

def inner(x):
    return 1 / x

def outer(x):
    scale = 10
    return inner(x) * scale

try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb.tb_frame).__name__, tb is not None)
    while tb is not None:
        frame = tb.tb_frame
        print(tb.tb_lineno, frame.f_code.co_name, frame.f_code.co_filename, frame.f_globals is globals())
        tb = tb.tb_next
    kind, value, traceback = sys.exc_info()
    print(kind.__name__, value is e, traceback.tb_lineno, traceback.tb_next.tb_frame.f_code.co_name)
    print(repr(traceback).startswith("<traceback object at 0x"), repr(traceback.tb_frame).split(",")[1:])
    print("handler line", traceback.tb_frame.f_lineno)

print(ValueError("never raised").__traceback__, sys.exc_info())

def handle_here():
    attempts = 3
    try:
        int("x")
    except ValueError as e:
        frame = e.__traceback__.tb_frame
        print(frame.f_code.co_name, frame.f_lineno, frame.f_locals["attempts"], e.__traceback__.tb_next)

handle_here()

def last_line_of(exc):
    tb = exc.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name, tb.tb_lineno

def reraise():
    try:
        [][1]
    except IndexError as e:
        first = e.__traceback__
        raise

try:
    reraise()
except IndexError as e:
    print(last_line_of(e), e.__traceback__.tb_lineno, e.__traceback__.tb_next.tb_lineno)
