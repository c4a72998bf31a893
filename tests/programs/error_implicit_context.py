# An exception raised while handling another shows "During handling" in the traceback.
def cleanup():
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name


try:
    cleanup()
except NameError as error:
    print(type(error.__context__).__name__, error.__cause__)
cleanup()
