# dataclasses with slots=True make the class again with __slots__ for the fields
from dataclasses import dataclass, field


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print(p, Point.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print(e)
print(type(Point.x).__name__, Point.__qualname__)


@dataclass(slots=True, frozen=True)
class Frozen:
    a: int


f = Frozen(2)
print(f, hash(f) == hash(Frozen(2)), f.__getstate__())


@dataclass(slots=True)
class Child(Point):
    w: int = 5


print(Child.__slots__, Child(1, 2))
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)
