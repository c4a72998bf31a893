# Super() gives the class an implicit __class__ cell.
class Base:
    def hello(self):
        return "base"

class Child(Base):
    def hello(self):
        return "child+" + super().hello()
