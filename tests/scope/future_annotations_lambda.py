# Lambdas in lazy annotations are not scopes of the module.
from __future__ import annotations
x: (lambda: (yield))
y: (lambda: (z := 1))
