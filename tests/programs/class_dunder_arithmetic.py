# Arithmetic dunders: __add__, __mul__ with __rmul__, __neg__, __abs__, __bool__.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, 3 * v, -v, abs(v), bool(v), bool(Vec(0, 0)))
try:
    v + 1
except AttributeError as error:
    print(error)
try:
    v - v
except TypeError as error:
    print(error)
