"""collections.OrderedDict: a dict that remembers the order keys were inserted in, can move
a key to either end, and compares order-sensitively with another OrderedDict.

It extends dict, so indexing, `in`, `len` and the view methods are dict's own; what this
file adds is what CPython 3.11's OrderedDict has beyond them (Lib/collections/__init__.py).
"""


class OrderedDict(dict):
    'Dictionary that remembers insertion order'
    __module__ = 'collections'

    def __init__(self, other=(), /, **kwds):
        """Initialize an ordered dictionary, from a mapping or pairs, then keywords."""
        self.update(other, **kwds)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        value = self.pop(key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        self.clear()
        self[key] = value
        for other, other_value in rest:
            self[other] = other_value

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def __eq__(self, other):
        # Order matters only between two OrderedDicts; against a dict, contents decide.
        if not isinstance(other, dict):
            return NotImplemented
        same = dict(self) == dict(other)
        if isinstance(other, OrderedDict):
            return same and list(self) == list(other)
        return same

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return type(self)(self)

    __copy__ = copy

    def __reversed__(self):
        return reversed(list(self.keys()))

    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({list(self.items())!r})'

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result
