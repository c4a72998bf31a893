# collections.namedtuple: fields, repr, unpacking, _replace and _asdict.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x + p.y, p[0], len(p), p == (3, 4))
x, y = p
print(x, y, p._replace(x=10), p._asdict(), Point._fields)
Person = namedtuple("Person", "name age")
people = [Person("Ada", 36), Person("Alan", 41), Person("Grace", 85)]
print(sorted(people, key=lambda person: -person.age)[0])
print(isinstance(p, tuple), type(p).__name__)
try:
    p.x = 5
except AttributeError as error:
    print(error)
