# Lazy annotations after a docstring, in nested functions.
"""doc"""
from __future__ import annotations
def f():
    T = int
    def g(x: T) -> T: pass
    y: T = 1
    return g
