# Interleaved random(), randint(), choice() and shuffle() draw from one generator state.
import random

random.seed(2024)
print(random.random())
print(random.randint(1, 1000))
print(random.choice([10, 20, 30]))
items = list("closure")
random.shuffle(items)
print("".join(items))
print(random.random())
random.seed("text seed")
print(random.randint(1, 10 ** 6))
