# Misuse: lazy annotation yield.
from __future__ import annotations
def f(x: (yield)): pass
