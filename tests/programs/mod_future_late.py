# future statements must come first: one after another statement is a SyntaxError
"""A module docstring may come before them."""
from __future__ import annotations
import math
from __future__ import division
print(math.pi)
