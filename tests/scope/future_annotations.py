# Under from __future__ import annotations, annotations mention no names.
from __future__ import annotations
x: Foo = 1
def f(a: Bar) -> Baz:
    y: Qux = 2
    return a
