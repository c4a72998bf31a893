# Class attributes are shared until an instance assigns its own attribute of that name.
class Dog:
    kind = "canine"
    tricks = []

    def __init__(self, name):
        self.name = name

    def add_trick(self, trick):
        self.tricks.append(trick)


a = Dog("Rex")
b = Dog("Fido")
a.add_trick("sit")
b.add_trick("roll")
print(a.kind, b.kind, a.tricks, b.tricks is a.tricks)
a.kind = "wolf"
print(a.kind, b.kind, Dog.kind, a.__dict__, sorted(b.__dict__))
Dog.kind = "dog"
print(a.kind, b.kind)
