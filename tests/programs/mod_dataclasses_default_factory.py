# field(default_factory=list) gives each instance its own list, unlike a shared default.
from dataclasses import dataclass, field

@dataclass
class ShoppingCart:
    owner: str
    items: list = field(default_factory=list)
    discount: float = 0.0

a = ShoppingCart("ann")
b = ShoppingCart("bob", discount=0.1)
a.items.append("apple")
print(a)
print(b)
try:
    @dataclass
    class Broken:
        items: list = []
except ValueError as error:
    print(error)
