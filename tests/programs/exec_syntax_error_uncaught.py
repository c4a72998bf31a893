# An uncaught SyntaxError from exec: the traceback, then the string's line and caret.
print("before")
exec("total = (1 +\nprint(total)")
