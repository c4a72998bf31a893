# Validation in __init__ raising ValueError; the traceback names __init__.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin


print(Temperature(300).kelvin)
Temperature(-5)
