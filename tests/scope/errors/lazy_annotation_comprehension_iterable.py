# Misuse: lazy annotation comprehension iterable.
from __future__ import annotations
x: [1 for a in (yield)]
