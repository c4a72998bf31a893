# BaseExceptionGroup/ExceptionGroup construction: the class chosen, the argument checks and their messages, str, repr, attributes.
def attempt(make):
    try:
        made = make()
    except Exception as error:
        print(type(error).__name__, "-", error)
    else:
        print("made", type(made).__name__, repr(made), "|", str(made))


attempt(lambda: BaseExceptionGroup("all exceptions", [ValueError(1), TypeError(2)]))
attempt(lambda: BaseExceptionGroup("with a base", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("tuple", (ValueError("a"),)))
attempt(lambda: ExceptionGroup("nests base", [SystemExit(3)]))
attempt(lambda: ExceptionGroup("empty", []))
attempt(lambda: ExceptionGroup("not a sequence", 5))
attempt(lambda: ExceptionGroup("a set", {1}))
attempt(lambda: ExceptionGroup("a str", "ab"))
attempt(lambda: ExceptionGroup("an item", [ValueError(), 7]))
attempt(lambda: ExceptionGroup("a class", [ValueError]))
attempt(lambda: ExceptionGroup(3, [ValueError()]))
attempt(lambda: ExceptionGroup("one argument"))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("three", [ValueError()], 3))
attempt(lambda: ExceptionGroup("keyword", excs=[ValueError()]))

group = ExceptionGroup("many", [ValueError(1), TypeError(2), KeyError(3)])
print(group.message, group.exceptions, group.args)
print(type(group.exceptions).__name__, len(group.exceptions))
print(group.__traceback__, group.__cause__, group.__context__)
print(isinstance(group, Exception), isinstance(group, BaseExceptionGroup))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(str(ExceptionGroup("one", [ValueError()])))
print([name for name in dir(ExceptionGroup) if not name.startswith("_")])

group.add_note("first note")
group.add_note("second\nline")
print(group.__notes__)
try:
    group.add_note(42)
except TypeError as error:
    print(error)

try:
    raise ExceptionGroup("caught by except Exception", [ValueError()])
except Exception as error:
    print("caught", repr(error))
