# __format__ is used by f-strings and format() with a spec.
class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees

    def __format__(self, spec):
        if spec == "f":
            return f"{self.degrees * 9 / 5 + 32:.1f}°F"
        return f"{self.degrees:{spec}}°C"

    def __str__(self):
        return format(self, "")


t = Celsius(21.5)
print(f"{t}", f"{t:f}", f"{t:.0f}", format(t, "6.2f"), str(t))
