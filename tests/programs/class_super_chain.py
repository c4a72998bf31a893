# Cooperative super() calls follow the MRO through a diamond.
class Base:
    def hello(self):
        return ["Base"]


class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()


class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()


class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()


print(Child().hello())
print([cls.__name__ for cls in Child.__mro__])
print(Child.mro() == list(Child.__mro__))
