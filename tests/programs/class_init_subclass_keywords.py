# Class keywords reach __init_subclass__; object's version takes none.
class Animal:
    def __init_subclass__(cls, sound="...", legs=4, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.sound = sound
        cls.legs = legs

class Dog(Animal, sound="woof"):
    pass

class Bird(Animal, sound="tweet", legs=2):
    pass

print(Dog.sound, Dog.legs, Bird.sound, Bird.legs)
try:
    class Fish(Animal, fins=2):
        pass
except TypeError as error:
    print("TypeError:", error)
try:
    class Plain(colour="red"):
        pass
except TypeError as error:
    print("TypeError:", error)
