# BaseException is not caught by except Exception; uncaught, it ends the program.
try:
    try:
        raise BaseException("deep")
    except Exception:
        print("not here")
except BaseException as error:
    print("outer caught", repr(error))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
raise BaseException("uncaught base")
