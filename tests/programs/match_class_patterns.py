# class patterns: __match_args__, keyword attributes, built-in types matching themselves, dataclasses, and their TypeErrors
from dataclasses import dataclass

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

@dataclass
class Box:
    width: int
    height: int = 1

class MyInt(int):
    pass

def kind(value):
    match value:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Box(w, h) if w == h:
            return f"square {w}"
        case Box(width=w):
            return f"box {w} wide"
        case bool(b):
            return f"bool {b}"
        case MyInt(n):
            return f"MyInt {n}"
        case int(n):
            return f"int {n}"
        case str(s) | bytes(s):
            return f"text {s!r}"
        case list([first, *_]):
            return f"list from {first}"
        case dict({"a": a}):
            return f"dict with a={a}"
        case tuple((t,)):
            return f"1-tuple {t}"
        case frozenset() | set():
            return "some set"
        case float(f):
            return f"float {f}"
        case object(missing=m):
            return "has missing"
        case _:
            return "something else"

for v in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Box(2, 2), Box(3),
          True, MyInt(7), 8, "s", b"b", [5, 6], {"a": 1}, (9,), {1}, frozenset(), 1.5, None]:
    print(kind(v))

print(Box.__match_args__)

class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["a"]

class IntArgs:
    __match_args__ = (1,)

class Twice:
    __match_args__ = ("a", "a")
    a = 1

def attempt(label, subject, check):
    try:
        print(label, check(subject))
    except TypeError as e:
        print(label, "TypeError:", e)

def too_many(s):
    match s:
        case NoArgs(x):
            return x

def not_tuple(s):
    match s:
        case ListArgs(x):
            return x

def not_str(s):
    match s:
        case IntArgs(x):
            return x

def repeated(s):
    match s:
        case Twice(x, y):
            return x, y

def int_two(s):
    match s:
        case int(a, b):
            return a

def not_a_type(s):
    f = len
    match s:
        case f():
            return 1

attempt("too many", NoArgs(), too_many)
attempt("list", ListArgs(), not_tuple)
attempt("int names", IntArgs(), not_str)
attempt("repeated", Twice(), repeated)
attempt("int two", 3, int_two)
attempt("not a type", 3, not_a_type)
attempt("no match", "x", too_many)
