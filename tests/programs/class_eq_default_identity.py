# Without __eq__, instances compare by identity; with it, != is derived.
class Plain:
    pass


class Valued:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Valued) and self.v == other.v


a, b = Plain(), Plain()
print(a == a, a == b, a != b)
print(Valued(1) == Valued(1), Valued(1) != Valued(1), Valued(1) != Valued(2))
print(Valued(1) in [Valued(0), Valued(1)], [Valued(2)].index(Valued(2)))
