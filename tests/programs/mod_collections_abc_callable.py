# isinstance(f, Callable) for functions, built-ins, lambdas, classes, bound methods and objects with __call__; Callable[...] in annotations
from collections.abc import Callable, Iterable, Mapping

class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x):
        return x * self.factor

def apply(f: Callable[[int], int], x: int) -> int:
    if not isinstance(f, Callable):
        raise TypeError(f"{f!r} is not callable")
    return f(x)

for candidate in (len, print, lambda: 0, apply, Multiplier, Multiplier(2), Multiplier(2).__init__, 3, "x", [].append):
    print(isinstance(candidate, Callable), callable(candidate))
print(apply(Multiplier(3), 5), apply(abs, -4))
try:
    apply(7, 1)
except TypeError as e:
    print(e)
print(Callable[[int], str], Iterable[int], Mapping[str, list])
print(apply.__annotations__["f"])
