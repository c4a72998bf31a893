import random
import operator
from functools import reduce

random.seed(2024)
print(random.random(), random.randint(1, 1000), random.choice([10, 20, 30]))
items = list("closure")
random.shuffle(items)
print("".join(items), random.uniform(1, 2), random.randrange(10), random.randrange(0, 100, 7))
print(random.sample(range(100), 5), random.sample("abcdefgh", 3))
random.seed("text seed")
print(random.randint(1, 10 ** 6))
random.seed(0)
first = [random.random() for _ in range(3)]
random.seed(0)
print(first == [random.random() for _ in range(3)])
print(reduce(operator.add, [1, 2, 3]), reduce(operator.mul, range(1, 6)), operator.neg(-0.0), operator.itemgetter(1)("abc"))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=operator.itemgetter(1)), list(map(operator.itemgetter(0, 2), ["xyz", "abc"])))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1], 2), lambda: random.seed([1])]:
    try:
        bad()
    except Exception as error:
        print(type(error).__name__, error)
