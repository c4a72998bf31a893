# Using a name before its global declaration is a SyntaxError.
counter = 0


def bump():
    counter = 1
    global counter
