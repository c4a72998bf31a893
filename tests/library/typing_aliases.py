# typing: annotations that use typing's aliases evaluate, and aliases print as CPython prints them.
from typing import Callable, List, Dict, Optional
def make_counter() -> Callable[[], int]:
    count = 0
    def inc() -> int:
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c())
def f(x: List[int], y: Optional[Dict[str, int]] = None) -> None:
    pass
print(f(1))
print(list[int], dict[str, int])
import typing
print(typing.List, typing.Callable[[int, str], bool], typing.Tuple[int, ...], typing.Optional[int], typing.Union[int, str], typing.Any, typing.Dict[str, 'X'], typing.List[typing.List[int]])
class Foo: pass
print(typing.List[Foo], list[Foo], tuple[int, ...], typing.TypeVar('T'), typing.Iterator[int])
