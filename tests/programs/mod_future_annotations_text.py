# PEP 563: each annotation is kept as the text CPython prints back from its syntax tree
from __future__ import annotations


def f(a: Dict[str,int], b: "quoted", c: Tuple[int, ...], d: x.y.z, e: int|None|str,
      f: List[Tuple[int, str]] = [], *args: int, g: Callable[[int, str], bool], h: -1,
      i: not x, j: a and b or c, k: a if b else c, l: f(1, key=2, *r, **kw),
      m: [int, str], n: {1: 2, **d}, o: {1, 2}, p: (1 + 2) * 3, q: 2 ** -1,
      r: a < b <= c, s: x[1:2, ::3], t: (), u: (1,), v: 1e400, w: b"raw",
      **kwargs: Any) -> Optional[Mapping[str, Sequence[float]]]:
    pass


for name, text in f.__annotations__.items():
    print(f"{name:>7}: {text}")


count: int = 3
names: list[str]
print(__annotations__, count)
