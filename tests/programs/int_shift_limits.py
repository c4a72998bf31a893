# Shift counts at CPython's limits: MemoryError past any address space, OverflowError past an int's most digits, negative counts.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 1 >> 2**64)
show(lambda: -1 >> 2**64)
show(lambda: 10**30 >> 2**100)
show(lambda: -10**30 >> 2**100)
show(lambda: 0 << 2**64)
show(lambda: 0 << 2**100)
show(lambda: 1 << 2**64)
show(lambda: 1 << 2**63)
show(lambda: 1 << 2**62)
show(lambda: 1 << -1)
show(lambda: 1 >> -1)
show(lambda: 0 << -1)
show(lambda: 1 << -2**100)
show(lambda: 1 >> -2**100)
show(lambda: True << 3)
show(lambda: 5 >> True)
show(lambda: -5 >> 1)
show(lambda: -5 >> 63)
show(lambda: -5 >> 64)
show(lambda: 1 << 63)
show(lambda: -1 << 63)
show(lambda: 3 << 100)
show(lambda: (2**100) >> 99)
show(lambda: 1 << 1.0)
show(lambda: 1.0 >> 1)
show(lambda: 1 << "a")
x = 1
try:
    x <<= -1
except ValueError as e:
    print(e)
for e in [2**50, 2**62, 2**63, 2**64, 2**65, 2**66, 2**100, 30 * (2**61 - 2), 30 * (2**61 - 2) - 61, 30 * (2**61 - 2) - 60,  30 * (2**61 - 2) - 59]:
    show(lambda: 1 << e)
    show(lambda: -(2**90) << e)
    show(lambda: 0 << e)
    show(lambda: 1 >> e)
    show(lambda: -(2**90) >> e)
show(lambda: 0 << -1)
show(lambda: 0 >> -(2**100))
