# iter() and next() by hand, including the two-argument sentinel form of iter.
it = iter([10, 20, 30])
print(next(it))
print(list(it))
print(next(it, "exhausted"))
values = [1, 2, 0, 3]
reader = iter(values)
print(list(iter(lambda: next(reader), 0)))
letters = iter("ab")
print(next(letters), next(letters), next(letters, None))
print(iter(it) is it)
