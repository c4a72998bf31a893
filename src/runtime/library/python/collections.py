"""The collections module: the classes written in Rust (defaultdict, Counter, namedtuple)
come from _collections, and deque and OrderedDict are written in Python."""

from _collections import defaultdict, Counter, namedtuple
from _collections_deque import deque
from _collections_ordereddict import OrderedDict

__all__ = ['deque', 'defaultdict', 'namedtuple', 'OrderedDict', 'Counter']
