from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
    def __repr__(self):
        return f"V{self.n}"

a, b = Version(1), Version(2)
print(a < b, a > b, a <= b, a >= b, a <= Version(1), b >= a, sorted([b, a, Version(0)]), max(a, b))

@total_ordering
class Rank:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __ge__(self, other):
        return self.n >= other.n

print(Rank(1) < Rank(2), Rank(3) > Rank(2), Rank(2) <= Rank(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)
