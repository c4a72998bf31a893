# @dataclass writes __init__, __repr__ and __eq__ from the annotated fields.
from dataclasses import dataclass

@dataclass
class Point:
    x: float
    y: float = 0.0

p = Point(1.5, 2)
print(p, Point(3), p == Point(1.5, 2), p == Point(0, 0))
p.x = 10
print(p.x, p)
print(Point.__init__.__qualname__, Point.__eq__ is not None, Point.__hash__)
