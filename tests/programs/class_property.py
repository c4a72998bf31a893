# property with a getter, a setter that validates, and a read-only property.
class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value

    @property
    def diameter(self):
        return self.radius * 2


c = Circle(2)
print(c.radius, c.diameter)
c.radius = 5
print(c.diameter, sorted(vars(c)))
try:
    c.radius = -1
except ValueError as error:
    print(error)
try:
    c.diameter = 3
except AttributeError as error:
    print(error)
