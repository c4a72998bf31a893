# frozen=True makes instances read-only and hashable.
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

red = Color(255, 0, 0)
try:
    red.r = 0
except FrozenInstanceError as error:
    print(type(error).__name__, error)
palette = {red: "red", Color(0, 0, 255): "blue"}
print(palette[Color(255, 0, 0)], hash(red) == hash(Color(255, 0, 0)))
print(isinstance(FrozenInstanceError(), AttributeError))
