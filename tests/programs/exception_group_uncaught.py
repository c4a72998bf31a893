# An uncaught exception group prints CPython 3.11's boxed traceback: nested groups, chained sub-exceptions and notes.
def fail(n):
    raise ValueError(f"bad {n}")


errors = []
for n in range(2):
    try:
        fail(n)
    except ValueError as error:
        errors.append(error)

try:
    raise KeyError("first")
except KeyError:
    context_error = TypeError("during handling")
    try:
        raise context_error
    except TypeError as error:
        errors.append(error)

cause = OSError("the cause")
caused = RuntimeError("caused")
caused.__cause__ = cause
errors.append(caused)
noted = IndexError("noted")
noted.add_note("a note")
noted.add_note("two\nlines")
errors.append(noted)
nested = ExceptionGroup("nested", [ZeroDivisionError("z"), ExceptionGroup("deeper", [NameError("n")])])
errors.append(nested)
group = ExceptionGroup("many problems", errors)
group.add_note("group note")
print("about to raise")
raise group
