# Annotations are evaluated when the def runs and kept in __annotations__.
from typing import Callable, List, Optional, Dict
def make_counter() -> Callable[[], int]:
    count = 0
    def inc(step: int = 1, *rest: str, flag: bool, **extra: float) -> int:
        nonlocal count
        count += step
        return count
    print(inc.__annotations__)
    return inc
c = make_counter()
print(make_counter.__annotations__, c.__annotations__ is c.__annotations__)
def f(x: List[int], y: Optional[Dict[str, int]] = None) -> None:
    pass
print(f.__annotations__)
def outer():
    T = int
    def g(a: T) -> "T":
        return a
    return g
print(outer().__annotations__, (lambda x: x).__annotations__)
def plain(): pass
plain.__annotations__["x"] = 1
print(plain.__annotations__)
def bad(x: undefined_name): pass
