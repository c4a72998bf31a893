# A metaclass made inside a function captures a cell; every class it makes bumps the count.
def make_meta():
    created = []
    class Counting(type):
        def __new__(mcs, name, bases, ns):
            created.append(name)
            return super().__new__(mcs, name, bases, ns)
    return Counting, created

Counting, created = make_meta()

class First(metaclass=Counting):
    pass

class Second(First):
    pass

print(created)
print(Counting.__new__.__code__.co_freevars)
