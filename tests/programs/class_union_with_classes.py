# Unions of user classes print with their module; None prints as None.
class Cat:
    pass

class Dog:
    pass

Pet = Cat | Dog
print(Pet)
print(Pet | None)
print(isinstance(Dog(), Pet), isinstance(3, Pet))
print(list[int] | None)
