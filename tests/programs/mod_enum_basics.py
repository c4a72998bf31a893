# Enum members: name, value, iteration, lookup by value and by name, aliases.
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    SCARLET = 1

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(list(Color))
print(Color(2), Color["RED"], Color.SCARLET is Color.RED, len(Color))
print(type(Color.RED), isinstance(Color.RED, Color), Color.RED in Color)
print([c.name for c in Color], list(Color.__members__))
try:
    Color(9)
except ValueError as error:
    print(error)
try:
    Color["PURPLE"]
except KeyError as error:
    print("KeyError", error)
