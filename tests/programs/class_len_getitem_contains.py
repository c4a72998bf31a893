# __len__, __getitem__ and __contains__ make a class act like a sequence.
class Deck:
    def __init__(self):
        self.cards = [f"{rank}{suit}" for suit in "SH" for rank in "A23"]

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __contains__(self, card):
        return card in self.cards


deck = Deck()
print(len(deck), deck[0], deck[-1], deck[1:3], "2H" in deck, "KS" in deck)
print(list(deck), bool(deck))
for card in deck:
    if card.startswith("3"):
        print("found", card)
try:
    deck[100]
except IndexError as error:
    print(error)
