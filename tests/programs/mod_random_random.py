# random.random() after random.seed() is reproducible (Mersenne Twister).
import random

random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
print(random.random())
random.seed(0)
print(random.random(), random.random())
random.seed(2 ** 40 + 7)
print(random.random())
