# Subclassing Set and MutableSet: __contains__, __iter__ and __len__ give the comparisons and operators; add and discard give remove, pop, |= and the rest
from collections.abc import Set, MutableSet

class Bits(Set):
    def __init__(self, items=()):
        self._s = sorted(set(items))
    def __contains__(self, x):
        return x in self._s
    def __iter__(self):
        return iter(self._s)
    def __len__(self):
        return len(self._s)
    def __repr__(self):
        return f"Bits({self._s})"

a, b = Bits([1, 2, 3]), Bits([2, 3, 4])
print(a & b, a | b, a - b, a ^ b)
print(a <= Bits([1, 2, 3, 4]), a < a, a == Bits([3, 2, 1]), a.isdisjoint([9]), a == {1, 2, 3})
print(isinstance(a, Set), isinstance(frozenset(), Set), isinstance(set(), MutableSet))

class Tags(MutableSet):
    def __init__(self):
        self._tags = []
    def __contains__(self, tag):
        return tag in self._tags
    def __iter__(self):
        return iter(self._tags)
    def __len__(self):
        return len(self._tags)
    def add(self, tag):
        if tag not in self._tags:
            self._tags.append(tag)
    def discard(self, tag):
        if tag in self._tags:
            self._tags.remove(tag)

t = Tags()
t.add("py")
t |= {"rust"}
t.add("py")
print(sorted(t), len(t))
t.remove("rust")
print(t.pop(), len(t))
try:
    t.remove("go")
except KeyError as e:
    print("KeyError", e)
try:
    t.pop()
except KeyError as e:
    print("KeyError", e)
