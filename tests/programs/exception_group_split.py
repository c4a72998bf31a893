# split, subgroup and derive: by type, tuple of types and predicate; full, partial and no matches; nesting and copied metadata.
inner = ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")])
group = ExceptionGroup("outer", [ValueError("v1"), inner, KeyError("k")])

match, rest = group.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(group.subgroup(TypeError)))
print(repr(group.subgroup((KeyError, TypeError))))
print(group.subgroup(OSError))
print(group.split(OSError)[0], group.split(OSError)[1] is group)
print(group.subgroup(Exception) is group)
print(group.subgroup(ExceptionGroup) is group)
print(repr(group.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e))))
print(repr(group.split(lambda e: not isinstance(e, BaseExceptionGroup))))

try:
    group.split(42)
except TypeError as error:
    print(error)
try:
    group.split((ValueError, 3))
except TypeError as error:
    print(error)
try:
    group.subgroup()
except TypeError as error:
    print(error)

print(repr(group.derive([OSError("new")])))
mixed = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(repr(mixed.subgroup(ValueError)), repr(mixed.subgroup(KeyboardInterrupt)))

group.__cause__ = RuntimeError("cause")
group.add_note("a note")
part = group.subgroup(KeyError)
print(repr(part.__cause__), part.__notes__, part.__notes__ is group.__notes__)
print(part.__suppress_context__)


class Tagged(ExceptionGroup):
    def derive(self, excs):
        derived = Tagged(self.message + "!", excs)
        return derived


tagged = Tagged("tagged", [ValueError(1), TypeError(2)])
print(type(tagged).__name__, repr(tagged))
part = tagged.subgroup(ValueError)
print(type(part).__name__, repr(part), part.message)


class Bad(ExceptionGroup):
    def derive(self, excs):
        return 7


try:
    Bad("bad", [ValueError(), TypeError()]).split(ValueError)
except TypeError as error:
    print(error)
