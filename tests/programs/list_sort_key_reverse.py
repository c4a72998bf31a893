# sorted() and list.sort() with key and reverse; sorting is stable.
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
print(sorted([3, -1, 2, -5], key=abs), sorted("hello"), sorted((3, 1, 2), reverse=True))
records = [{"n": "x", "s": 3}, {"n": "y", "s": 1}, {"n": "z", "s": 3}]
print([r["n"] for r in sorted(records, key=lambda r: -r["s"])])
