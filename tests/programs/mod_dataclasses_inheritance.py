# A dataclass subclass adds its fields after the base class's fields.
from dataclasses import dataclass

@dataclass
class Animal:
    name: str
    sound: str = "..."

@dataclass
class Dog(Animal):
    tricks: int = 0
    def speak(self):
        return f"{self.name} says {self.sound}"

d = Dog("Rex", "woof", 3)
print(d, d.speak(), Dog("Fido"))
print(isinstance(d, Animal), Dog.__match_args__)
