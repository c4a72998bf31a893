# collections.abc structural checks: isinstance of built-in values, generators, iterators and a class defining __iter__ against each ABC
from collections.abc import (Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping,
                             MutableMapping, Set, MutableSet, Sized, Hashable, Container,
                             Collection, Reversible)

def countdown(n):
    while n:
        yield n
        n -= 1

class Deck:
    def __iter__(self):
        return iter(["A", "K"])

abcs = (Iterable, Iterator, Generator, Sequence, MutableSequence, Mapping, MutableMapping,
        Set, MutableSet, Sized, Hashable, Container, Collection, Reversible)
values = ([], {}, "s", countdown(2), range(3), iter([]), iter({}), Deck(), 5, 2.5, None, (),
          set(), frozenset(), b"", {}.keys(), {}.values(), {}.items(), zip(), map(str, []))
for value in values:
    held = [abc.__name__ for abc in abcs if isinstance(value, abc)]
    print(f"{type(value).__name__:<15}", " ".join(held))

def total(items):
    if not isinstance(items, Iterable):
        raise TypeError(f"expected an iterable, got {type(items).__name__}")
    return sum(items)

print(total([1, 2, 3]), total(x * x for x in range(4)))
try:
    total(42)
except TypeError as e:
    print(e)
print(issubclass(list, Sequence), issubclass(dict, Iterable), issubclass(int, Iterable))
print(issubclass(Deck, Iterable), issubclass(Deck, Sized))
try:
    issubclass(1, Iterable)
except TypeError as e:
    print(e)

class Unhashable:
    def __eq__(self, other):
        return True

class NoIteration(list):
    __iter__ = None

print(isinstance(Unhashable(), Hashable), isinstance(object(), Hashable))
print(isinstance(NoIteration(), Iterable), issubclass(NoIteration, Sequence))
