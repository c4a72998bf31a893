# An invalid statement reports CPython's syntax error message with a caret.
print("never printed")
x = = 3
