# super(type, obj) checks its arguments: a type first, then an instance or subclass of it.
class Base:
    def hello(self):
        return "base hello"


class Child(Base):
    def hello(self):
        return "child, then " + super(Child, self).hello()

    def wrong(self):
        return super(int, self).hello()


print(Child().hello(), super(Child, Child).hello(Child()))
for attempt in (lambda: Child().wrong(), lambda: super(1, Child()), lambda: super(Child, Base())):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)
try:
    super()
except RuntimeError as error:
    print("RuntimeError:", error)
