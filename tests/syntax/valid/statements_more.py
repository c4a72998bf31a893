import a.b.c
from .a.b import c as d
if x: y = 1; z = 2
while True: break
class E(Exception): pass
assert isinstance(x, int), f"bad {x!r}"
