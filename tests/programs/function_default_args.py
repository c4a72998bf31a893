# Default arguments, keyword calls, and defaults that refer to earlier globals.
PREFIX = ">>"


def banner(text, width=20, fill="=", prefix=PREFIX):
    return f"{prefix} {text.center(width, fill)}"


print(banner("hi"))
print(banner("hi", 10))
print(banner("hi", fill="*", width=8))
print(banner(width=6, text="kw"))
print(banner.__defaults__)
