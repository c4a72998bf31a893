# __post_init__ runs after the generated __init__; init=False fields are computed there.
from dataclasses import dataclass, field

@dataclass
class Rectangle:
    width: float
    height: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.width * self.height

r = Rectangle(3, 4)
print(r, r.area)
try:
    Rectangle(1, 2, 3)
except TypeError as error:
    print(error)
