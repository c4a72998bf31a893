# abc.ABC with abstractmethod: the abstract class refuses instances, a complete subclass works.
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{type(self).__name__}: area {self.area()}, perimeter {self.perimeter()}"

class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

print(Rectangle(3, 4).describe())
try:
    Shape()
except TypeError as error:
    print(error)
print(isinstance(Rectangle(1, 1), Shape), issubclass(Rectangle, ABC))
