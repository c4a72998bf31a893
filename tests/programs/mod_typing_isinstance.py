# isinstance and issubclass with typing's aliases: List, Iterable, Mapping, Callable, Deque check the class they stand for, Optional[...] and Union[...] their members; Any, bare Union, subscripted generics and TypeVars raise TypeError
import collections
import typing
from typing import Iterable, List, Mapping, Callable, Optional, Union, Deque, Counter, TypeVar

def first(items: Iterable[int]) -> Optional[int]:
    if not isinstance(items, Iterable):
        raise TypeError(f"{type(items).__name__} is not iterable")
    for item in items:
        return item
    return None

print(first([3, 4]), first(x for x in ()), first.__annotations__)
try:
    first(5)
except TypeError as e:
    print(e)

print(isinstance([], List), isinstance((), List), isinstance({}, Mapping), issubclass(dict, Mapping))
print(isinstance(len, Callable), isinstance(1, typing.Type), isinstance(int, typing.Type), isinstance((), typing.Tuple))
print(isinstance(collections.deque(), Deque), isinstance({}, typing.DefaultDict), isinstance(collections.Counter(), Counter))
print(isinstance(None, Optional[int]), isinstance("s", Union[int, str]), isinstance(2.5, Union[int, str]), issubclass(bool, Optional[int]))
print(isinstance([], Union[List, None]))

for check in (typing.Any, Optional, Union, typing.Literal, typing.Final, List[int], Callable[[int], str],
              Union[List[int], str], list[int], TypeVar("T")):
    for test in (lambda: isinstance(1, check), lambda: issubclass(int, check)):
        try:
            print(test())
        except TypeError as e:
            print(repr(check), "->", e)
try:
    issubclass(1, List)
except TypeError as e:
    print(e)
