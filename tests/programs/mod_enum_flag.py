# Flag members combine with | and &; `in` tests membership of a bit.
from enum import Flag, auto

class Permission(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()

rw = Permission.READ | Permission.WRITE
print(rw, repr(rw), rw.value)
print(Permission.READ in rw, Permission.EXECUTE in rw)
print(bool(rw & Permission.EXECUTE), repr(rw & Permission.EXECUTE))
print(list(rw), [p.value for p in Permission])
print(~Permission.READ)
