# Sets of small integers: union, intersection, difference, symmetric difference, subsets.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.issubset(range(10)))
print({1, 2} <= a, {1, 2} < {1, 2}, a.isdisjoint({7}), a >= {1})
s = set()
s.add(3)
s.add(1)
s.add(3)
s.update([0, 2])
s.discard(7)
s.remove(0)
print(s, len(s), 2 in s, sorted(s, reverse=True))
print(set(), {0}, frozenset([2, 1]), set(range(5)))
try:
    s.remove(42)
except KeyError as error:
    print("KeyError", error)
print(s.pop(), s)
