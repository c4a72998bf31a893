# SystemExit.code is None, the one argument, or the tuple of several; sys.exit's argument errors; an uncaught SystemExit(1, 2) prints the tuple and exits 1
import sys

for args in [(), (0,), (1, 2), ("message",)]:
    e = SystemExit(*args)
    print(repr(e.code), e.args)

for call in [lambda: sys.exit(None, 2), lambda: sys.exit(code=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

try:
    sys.exit(3)
except SystemExit as e:
    print("caught", e.code)

print("exiting")
raise SystemExit(1, 2)
