# __slots__ give a member descriptor per name; values live in the instance, which has no __dict__
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


p = Point(3)
print(Point.x, type(Point.x), type(Point.x).__name__)
print(Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__)
print(p.x)
p.y = 4
print(p.x, p.y)
del p.y
try:
    p.y
except AttributeError as e:
    print('read unset:', e)
try:
    del p.y
except AttributeError as e:
    print('del unset:', repr(e))
try:
    p.z = 1
except AttributeError as e:
    print('set unknown:', e)
try:
    p.__dict__
except AttributeError as e:
    print('no dict:', e)
try:
    vars(p)
except TypeError as e:
    print('vars:', e)
print(hasattr(p, 'y'), getattr(p, 'y', 'default'), hasattr(p, '__dict__'))
print(sorted(Point.__dict__))
print(list(Point.__dict__))
print(Point.__slots__)
