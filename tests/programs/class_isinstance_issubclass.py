# isinstance and issubclass with user classes, tuples and built-in bases.
class Shape:
    pass


class Square(Shape):
    pass


class Circle(Shape):
    pass


class MyList(list):
    pass


items = [Square(), Circle(), MyList([1]), 5]
for item in items:
    print(type(item).__name__, isinstance(item, Shape), isinstance(item, (Circle, list)))
print(issubclass(Square, Shape), issubclass(Shape, Square), issubclass(MyList, object))
print(issubclass(bool, (str, int)), MyList([1, 2]) + [3], len(MyList("ab")))
