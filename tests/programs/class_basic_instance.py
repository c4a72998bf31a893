# A class with __init__, instance attributes and a method.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def distance_squared(self):
        return self.x ** 2 + self.y ** 2


p = Point(3, 4)
print(p.x, p.y, p.distance_squared())
p.x = 6
print(p.distance_squared(), p.__dict__)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), Point.__name__)
