# match statements: every kind of pattern (literal, capture, wildcard, value, group, sequence, mapping, class, or, as) and guards
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case -1:
            return "minus one"
        case None:
            return "none"
        case True:
            return "true?"
        case "hi" as word:
            return "word " + word
        case [x, y, *rest]:
            return f"list {x} {y} {rest}"
        case (a,):
            return f"one {a}"
        case {"k": value, **others}:
            return f"map {value} {others}"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(px, py) if px == py:
            return f"diagonal {px}"
        case Point(px, _):
            return f"point x={px}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() | bytes():
            return "text"
        case [[a, b], *_, last]:
            return f"nested {a} {b} {last}"
        case _:
            return "other"

for v in [0, 1, -1, None, True, "hi", [1, 2, 3, 4], (9,), {"k": 1, "z": 2}, Point(0, 5),
          Point(3, 3), Point(4, 1), 500, 2.5e3, "zz", b"x", 7, [[1, 2], 5, 6], [1]]:
    print(repr(v), "->", describe(v))

match = 1
print(match)
def match(x): return x * 2
print(match(4))
case = 3
_ = 4
print(case, _)
match (1, 2):
    case (1, x) if x > 5:
        print("no")
    case (1, x):
        print("yes", x)
match [1, 2]:
    case [1, 2] | [2, 1] as pair:
        print("pair", pair)
