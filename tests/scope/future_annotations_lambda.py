from __future__ import annotations
x: (lambda: (yield))
y: (lambda: (z := 1))
