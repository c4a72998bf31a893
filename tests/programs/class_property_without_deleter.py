# del on a property without a deleter, and assignment without a setter, are AttributeErrors.
class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3 * self.r ** 2

c = Circle(2)
print(c.area)
try:
    del c.area
except AttributeError as error:
    print(error)
try:
    c.area = 5
except AttributeError as error:
    print(error)
