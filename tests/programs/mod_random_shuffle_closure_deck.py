# A seeded card dealer: shuffle once, then a closure deals from the shuffled deck.
import random


def make_dealer(seed):
    random.seed(seed)
    deck = [rank + suit for suit in "SH" for rank in "A23456"]
    random.shuffle(deck)

    def deal(n):
        hand = deck[:n]
        del deck[:n]
        return hand

    return deal


deal = make_dealer(5)
print(deal(3), deal(3), deal(10), deal(1))
