# Ordering tuples and lists whose first unequal items are instances: the items' own __lt__/__le__/__gt__/__ge__ decide
class Version:
    def __init__(self, number):
        self.number = number

    def __eq__(self, other):
        return isinstance(other, Version) and self.number == other.number

    def __lt__(self, other):
        print(f"  {self.number} < {other.number}?")
        return self.number < other.number

    def __le__(self, other):
        return self.number <= other.number

    def __gt__(self, other):
        return self.number > other.number

    def __ge__(self, other):
        return self.number >= other.number

    def __repr__(self):
        return f"v{self.number}"


one, two = Version(1), Version(2)
print((one, "a") < (two, "a"), (two,) < (one,), [one] <= [two], [two] >= [one], (one, 5) > (one, 4))
releases = [("beta", two), ("alpha", one), ("beta", one)]
print(sorted(releases))
print(sorted([(two, "x"), (one, "y")]), max([(one,), (two,)]))


class Opaque:
    pass


try:
    (Opaque(),) < (Opaque(),)
except TypeError as error:
    print("TypeError:", error)
try:
    [1, 2] * Opaque()
except TypeError as error:
    print("TypeError:", error)
