# staticmethod and classmethod, including a classmethod used as an alternative constructor.
class Temperature:
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @staticmethod
    def is_freezing(degrees):
        return degrees <= 0

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"


class Kelvin(Temperature):
    unit = "K"


t = Temperature.from_fahrenheit(212)
print(t.degrees, type(t).__name__, Temperature.is_freezing(-1), t.is_freezing(5))
print(Temperature.describe(), Kelvin.describe(), type(Kelvin.from_fahrenheit(32)).__name__)
