# Subclassing Sequence and MutableSequence: __getitem__ and __len__ give iteration, in, index, count and reversed; insert and friends give append, extend, pop, remove, reverse, +=
from collections.abc import Sequence, MutableSequence, Reversible

class Countdown(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError("countdown index out of range")
        return self.n - i
    def __len__(self):
        return self.n

c = Countdown(4)
print(list(c), 3 in c, 9 in c, c.index(2), c.count(1), list(reversed(c)))
print(isinstance(c, Sequence), isinstance(c, Reversible), c.index(3, 1), len(c))
for bad in (lambda: c.index(10), lambda: c.index(4, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

class Stack(MutableSequence):
    def __init__(self):
        self._items = []
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __len__(self):
        return len(self._items)
    def insert(self, i, v):
        self._items.insert(i, v)
    def __repr__(self):
        return f"Stack({self._items})"

s = Stack()
s.append(1)
s.extend([2, 3, 2])
s += [4]
print(s, s.pop(), s.pop(0), s)
s.reverse()
s.remove(2)
print(s, s.count(2), s.index(3))
try:
    s.remove(99)
except ValueError as e:
    print("ValueError", e)
s.clear()
print(s, isinstance(s, MutableSequence), isinstance([], MutableSequence), isinstance((), MutableSequence))
