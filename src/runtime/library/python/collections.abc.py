"""collections.abc: the abstract base classes of containers (PEP 3119), and the
built-in types registered with them, as CPython 3.11's _collections_abc has them.
The classes are written in _collections_abc_basics, _sets, _mappings and _sequences.
"""

from _collections_abc_basics import (
    Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
    Collection, Callable)
from _collections_abc_sets import Set, MutableSet
from _collections_abc_mappings import (
    Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView)
from _collections_abc_sequences import Sequence, ByteString, MutableSequence

__name__ = "collections.abc"

__all__ = ["Hashable", "Iterable", "Iterator", "Generator", "Reversible",
           "Sized", "Container", "Callable", "Collection",
           "Set", "MutableSet",
           "Mapping", "MutableMapping",
           "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence",
           "ByteString",
           ]

# The built-in iterators, as CPython lists them (some may be one type here).
for _iterator in (iter(b''), iter({}.keys()), iter({}.values()),
                  iter({}.items()), iter([]), iter(reversed([])), iter(range(0)),
                  iter(set()), iter(''), iter(()),
                  iter(zip())):
    Iterator.register(type(_iterator))
del _iterator
Generator.register(type((lambda: (yield))()))
Set.register(frozenset)
MutableSet.register(set)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
MutableMapping.register(dict)
Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
ByteString.register(bytes)
MutableSequence.register(list)
