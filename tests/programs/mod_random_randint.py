# random.randint is reproducible after seeding.
import random

random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
random.seed(12345)
print([random.randint(0, 100) for _ in range(10)])
print(random.randint(-(10 ** 12), 10 ** 12))
print(random.randint(5, 5))
