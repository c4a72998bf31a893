# sequence patterns (star, nesting, what is not a sequence) and mapping patterns (**rest, dotted keys, extra keys)
import collections

class Keys:
    A = "a"
    B = "b"

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"

def star_wild(v):
    match v:
        case [a, *_, z]:
            return (a, z)
        case [*_]:
            return "short"
        case _:
            return "not a sequence"

def mapping(v):
    match v:
        case {Keys.A: 1, Keys.B: b}:
            return f"a is 1 and b is {b}"
        case {"x": x, **rest} if rest:
            return f"x={x} rest={rest}"
        case {"x": x}:
            return f"only x={x}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for v in [[], [1], (1, 2), [1, 2, 3, 4], range(3), "ab", b"ab", iter([1])]:
    print(seq(v))
for v in [[1, 2, 3], (7,), [], "abc", {1: 2}]:
    print(star_wild(v))
for v in [{"a": 1, "b": 2}, {"x": 1, "y": 2}, {"x": 3}, {"z": 0},
          collections.defaultdict(int, x=5), collections.Counter("xxy"), [("x", 1)]]:
    print(mapping(v))

match {"k": 1, "j": 2}:
    case {"k": _, **others}:
        print(sorted(others.items()))

one = 1
class Consts:
    ONE = 1
    UNO = 1
try:
    match {1: "a"}:
        case {Consts.ONE: x, Consts.UNO: y}:
            print(x, y)
except ValueError as e:
    print("ValueError:", e)
