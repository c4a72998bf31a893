# List methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear.
items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.insert(0, 2)
items.insert(100, 6)
print(items)
print(items.pop(), items.pop(0), items)
items.remove(1)
print(items, items.index(4), items.count(1))
items.reverse()
print(items)
copy = items.copy()
copy.clear()
print(items, copy)
print([1, 2] + [3], [0] * 4, [[0] * 2] * 2, 3 in [1, 2, 3], [] == [], [1, 2] < [1, 3])
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
