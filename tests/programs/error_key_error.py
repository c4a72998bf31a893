# KeyError reprs its key in the message; uncaught KeyError shows the repr.
ages = {"ada": 36, "alan": 41}
try:
    ages["grace"]
except KeyError as error:
    print("missing:", error, repr(error), error.args)
try:
    {}.pop(3)
except KeyError as error:
    print(error)
try:
    {(1, 2): 0}[(2, 1)]
except KeyError as error:
    print(error)
print(ages.get("grace", "unknown"))
print(ages["linus"])
