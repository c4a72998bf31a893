# super() with no arguments works through an implicit __class__ cell in the method.
class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        return "child of " + super().who()

    def plain(self):
        return "no super here"

    def mentions_class(self):
        return __class__.__name__


c = Child()
print(c.who(), c.mentions_class())
print(Child.who.__code__.co_freevars, Child.plain.__code__.co_freevars)
print(Child.who.__closure__[0].cell_contents is Child)
