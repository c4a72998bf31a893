# Assigning cell_contents changes what the closure sees.
def make():
    secret = 10

    def reveal():
        return secret

    return reveal


reveal = make()
print(reveal())
reveal.__closure__[0].cell_contents = 99
print(reveal())
del reveal.__closure__[0].cell_contents
try:
    reveal()
except NameError as error:
    print(type(error).__name__, error)
