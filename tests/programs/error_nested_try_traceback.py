# An error raised in an except block names both exceptions in the traceback.
def convert(text):
    try:
        return int(text)
    except ValueError:
        return float(text)


print(convert("3"), convert("2.5"))
convert("three")
