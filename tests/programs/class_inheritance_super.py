# Single inheritance with method overriding and super().__init__.
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return f"{self.name} the {self.breed} barks"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"


for animal in [Animal("Generic"), Dog("Rex", "collie"), Puppy("Bit", "pug")]:
    print(animal.describe())
print(Puppy.__mro__)
print(issubclass(Puppy, Animal), isinstance(Puppy("a", "b"), Dog), Dog.__bases__)
