# collections.defaultdict with list and int factories, and its repr.
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for letter in "mississippi":
    counts[letter] += 1
print(sorted(counts.items()))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
print(nested["a"]["x"], "b" in nested, counts.default_factory)
