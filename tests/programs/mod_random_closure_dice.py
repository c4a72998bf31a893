# A seeded dice closure: the random state is shared through the module.
import random


def make_dice(sides):
    rolls = []

    def roll():
        value = random.randint(1, sides)
        rolls.append(value)
        return value

    return roll, rolls


random.seed(99)
d6, history = make_dice(6)
d20, _ = make_dice(20)
print([d6() for _ in range(5)], d20(), history)
