# A namedtuple-producing factory whose closure counts how many records it made.
from collections import namedtuple

Point = namedtuple("Point", "x y")


def point_maker(scale):
    made = 0

    def make(x, y):
        nonlocal made
        made += 1
        return Point(x * scale, y * scale), made

    return make


make = point_maker(10)
print(make(1, 2), make(3, 4))
print(sum(p.x for p, _ in [make(1, 1), make(2, 2)]))
