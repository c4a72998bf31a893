# A comprehension in a class body cannot see the class's names, except its first iterable.
class C:
    xs = [1, 2, 3]
    doubled = [x * 2 for x in xs]
    ys = [x + y for x in xs for y in range(2)]
