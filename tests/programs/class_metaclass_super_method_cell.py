# Methods using super() in a class made by a metaclass still find their __class__ cell.
class Meta(type):
    pass

class Base(metaclass=Meta):
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        return "child+" + super().hello()

print(Child().hello(), Child.hello.__code__.co_freevars)
