# A bare raise re-raises the exception being handled, keeping its traceback.
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("logging bad input", repr(text))
        raise


print(parse("12"))
parse("twelve")
