"""collections.deque: a list-like sequence with fast appends and pops at either end.

The items live in one list, so the diagram draws a deque as the list of what it holds,
in order. Appending or popping at the left moves the rest of that list, which at the
sizes a program stepped through here costs microseconds. The names, reprs and errors are
CPython 3.11's (Modules/_collectionsmodule.c).
"""

_missing = object()


def _check_maxlen(maxlen):
    if maxlen is None:
        return None
    if not isinstance(maxlen, int):
        raise TypeError(f"'{type(maxlen).__name__}' object cannot be interpreted as an integer")
    if maxlen < 0:
        raise ValueError('maxlen must be non-negative')
    return maxlen


class deque:
    __module__ = 'collections'

    def __hash__(self):
        # CPython names the type by its full tp_name here.
        raise TypeError("unhashable type: 'collections.deque'")

    def __init__(self, iterable=(), maxlen=None):
        self._maxlen = _check_maxlen(maxlen)
        # CPython's state counter: each append or pop changes it, and an iterator that
        # sees it change raises "deque mutated during iteration".
        self._state = 0
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _full(self):
        return self._maxlen is not None and len(self._items) >= self._maxlen

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        if self._full():
            del self._items[0]
        self._items.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._maxlen == 0:
            return
        if self._full():
            self._items.pop()
        self._items.insert(0, x)

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        items = list(iterable) if iterable is self else iterable
        for x in items:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        items = list(iterable) if iterable is self else iterable
        for x in items:
            self.appendleft(x)

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._items:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop(0)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._items.clear()

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self._items, self._maxlen)

    __copy__ = copy

    def count(self, value):
        """D.count(value) -- return number of occurrences of value"""
        return self._items.count(value)

    def index(self, value, start=0, stop=_missing):
        """D.index(value, [start, [stop]]) -- return first index of value."""
        size = len(self._items)
        stop = size if stop is _missing else stop
        # Negative bounds count from the end, then both are clipped to the deque.
        start = max(start + size, 0) if start < 0 else min(start, size)
        stop = max(stop + size, 0) if stop < 0 else min(stop, size)
        for position in range(start, stop):
            if self._items[position] == value:
                return position
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):
        """D.insert(index, object) -- insert object before index"""
        if self._full():
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._items.insert(index, value)

    def remove(self, value):
        """D.remove(value) -- remove first occurrence of value."""
        for position, item in enumerate(self._items):
            if item == value:
                self._state += 1
                del self._items[position]
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        self._state += 1
        self._items.reverse()

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        size = len(self._items)
        if size > 1:
            self._state += 1
            n %= size
            self._items[:] = self._items[size - n:] + self._items[:size - n]

    def _position(self, index):
        if not isinstance(index, int):
            if not hasattr(type(index), '__index__'):
                raise TypeError(f'sequence index must be integer, not {type(index).__name__!r}')
            index = index.__index__()
        size = len(self._items)
        if index < 0:
            index += size
        if not 0 <= index < size:
            raise IndexError('deque index out of range')
        return index

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        position = self._position(index)
        self._state += 1
        del self._items[position]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __contains__(self, value):
        return value in self._items

    def __iter__(self):
        state = self._state
        for item in self._items:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield item

    def __reversed__(self):
        state = self._state
        for item in self._items[::-1]:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield item

    def __repr__(self):
        inner = repr(self._items)
        name = type(self).__name__
        if self._maxlen is None:
            return f'{name}({inner})'
        return f'{name}({inner}, maxlen={self._maxlen})'

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, count):
        result = type(self)((), self._maxlen)
        for _ in range(count):
            result.extend(self._items)
        return result

    __rmul__ = __mul__

    def __imul__(self, count):
        items = list(self._items)
        self.clear()
        for _ in range(count):
            self.extend(items)
        return self

    def _compare(self, other, test):
        if not isinstance(other, deque):
            return NotImplemented
        return test(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)
