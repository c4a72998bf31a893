# Exception args, str and repr for zero, one and several arguments.
for error in [ValueError(), ValueError("one"), ValueError("a", 2), KeyError("k"), KeyError(), IndexError("a", "b")]:
    print(repr(error), "|", str(error), "|", error.args)
e = RuntimeError("message")
print(e.__class__.__name__, isinstance(e, Exception), e.__cause__, e.__context__)
print(ZeroDivisionError.__mro__)
