# Enum members with methods, used as dict keys, compared by identity.
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(round(Planet.EARTH.surface_gravity, 2), Planet.MERCURY.value)
prices = {Planet.EARTH: "home"}
print(prices[Planet.EARTH], Planet.EARTH == Planet.EARTH, Planet.EARTH != Planet.MERCURY)
print(Planet.EARTH == (5.976e24, 6.37814e6))
try:
    Planet.EARTH < Planet.MERCURY
except TypeError as error:
    print(error)
