# a feature __future__ does not define is a SyntaxError at compile time
from __future__ import annotations, telepathy
print("never")
