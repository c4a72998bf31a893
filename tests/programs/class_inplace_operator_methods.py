# Augmented assignment calls __iadd__ and friends before __add__, falls back on NotImplemented, and rebinds the target to what they return
class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self
    def __imul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        self.x *= k
        self.y *= k
        return self
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

v = Vector(1, 2)
alias = v
v += Vector(10, 10)
print(v, alias, v is alias)
v *= 3
print(v, v is alias)
v *= 0.5
print(v, v is alias)

class Tally(list):
    def __iadd__(self, other):
        print("Tally.__iadd__", other)
        self.append(sum(other))
        return self

t = Tally([1])
t += [2, 3]
print(t, type(t).__name__)

class Odd:
    def __ior__(self, other):
        return "ior gave a str"
    def __isub__(self, other):
        return NotImplemented

o = Odd()
o |= 1
print(o)
o = Odd()
try:
    o -= 1
except TypeError as error:
    print(error)

class Box:
    def __init__(self):
        self.items = Vector(0, 0)
box = Box()
box.items += Vector(1, 1)
table = {"k": Vector(2, 2)}
table["k"] += Vector(1, 1)
print(box.items, table)
