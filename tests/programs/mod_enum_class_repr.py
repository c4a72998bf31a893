# The enumeration class itself prints as <enum 'Name'>, and members cannot be reassigned.
from enum import Enum

class Direction(Enum):
    NORTH = "N"
    SOUTH = "S"

print(Direction, type(Direction).__name__)
for d in Direction:
    print(d.name, d.value)
try:
    Direction.NORTH = "X"
except AttributeError as error:
    print(error)
