# from __future__ import braces is CPython's joke: a SyntaxError, not a chance
from __future__ import braces
print("never")
