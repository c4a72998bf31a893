# A subclass that implements only some abstract methods is still abstract.
import abc

class Animal(abc.ABC):
    @abc.abstractmethod
    def speak(self):
        ...
    @abc.abstractmethod
    def move(self):
        ...

class Fish(Animal):
    def move(self):
        return "swims"

class Goldfish(Fish):
    def speak(self):
        return "..."

try:
    Fish()
except TypeError as error:
    print(error)
g = Goldfish()
print(g.speak(), g.move())
print(sorted(Animal.__abstractmethods__), Goldfish.__abstractmethods__)
