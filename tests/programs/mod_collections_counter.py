# collections.Counter counts, finds the most common items and does arithmetic.
from collections import Counter

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c["a"], c["z"])
c.update("aaz")
print(c.most_common(1), sum(c.values()))
d = Counter([1, 2, 2, 3, 3, 3])
print(d, d + Counter([1]), d - Counter([3, 3]), sorted(d.elements()))
print(Counter(cats=2, dogs=1), dict(Counter(x=1)))
