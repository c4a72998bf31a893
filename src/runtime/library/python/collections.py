"""The collections module: the classes written in Rust (defaultdict, Counter, namedtuple)
come from _collections, and deque and OrderedDict are written in Python."""

from _collections import defaultdict, Counter, namedtuple
from _collections_deque import deque
from _collections_ordereddict import OrderedDict

__all__ = ['deque', 'defaultdict', 'namedtuple', 'OrderedDict', 'Counter']

# `import collections` makes `collections.abc` available, as it is in CPython once
# the interpreter has started (site imports it).
import collections.abc as _abc
_abc.MutableSequence.register(deque)
del _abc
