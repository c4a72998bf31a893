# Each instance caches its own value; assigning overrides the cache.
import functools

class Circle:
    def __init__(self, radius):
        self.radius = radius
    @functools.cached_property
    def area(self):
        print("area of", self.radius)
        return 3.14159 * self.radius ** 2

a, b = Circle(1), Circle(2)
print(round(a.area, 2), round(b.area, 2), round(a.area, 2))
a.area = 0
print(a.area)
