# random.choice and random.shuffle are reproducible after seeding.
import random

random.seed(7)
colors = ["red", "green", "blue", "yellow"]
print([random.choice(colors) for _ in range(8)])
deck = list(range(10))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
print(random.choice("abcdef"), random.choice(range(100)))
try:
    random.choice([])
except IndexError as error:
    print(error)
