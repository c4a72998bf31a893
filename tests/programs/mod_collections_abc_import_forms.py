# collections.abc reached as an attribute after import collections, by import collections.abc, and by from collections import abc
import collections
print(collections.abc.Iterable)
import collections.abc
print(collections.abc.Mapping, collections.abc.Sequence.__module__)
from collections import abc
print(abc is collections.abc, abc.MutableMapping.__name__, abc.Iterator.__qualname__)
from collections.abc import Sized as S
print(S, isinstance([], S))
print([name for name in ("Mapping", "MutableSequence", "Set") if name in abc.__all__])
print(issubclass(collections.OrderedDict, abc.MutableMapping), isinstance(collections.deque(), abc.MutableSequence), isinstance(collections.Counter(), abc.Mapping))
