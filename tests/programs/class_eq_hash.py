# __eq__ and __hash__ let instances act as dict keys and set members.
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return hash((self.rank, self.suit))

    def __repr__(self):
        return f"Card({self.rank}, {self.suit})"


a = Card(10, 1)
b = Card(10, 1)
print(a == b, a is b, a != Card(2, 1), a == "card")
print(len({a, b, Card(3, 2)}), {a: "first"}[b])


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as error:
    print(error)
