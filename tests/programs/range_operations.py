# range objects: lengths, indexing, slicing, membership, reprs, negative steps.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 11 in r, 12 in r)
print(list(range(5)), list(range(5, 0, -1)), list(range(0)), list(range(3, 3)))
print(range(10)[::-2], list(range(10)[::-2]), range(0, 10).index(4), range(1, 10, 2).count(3))
print(sum(range(1, 1001)), max(range(7)), reversed(range(3)).__class__.__name__)
print(range(3) == range(0, 3), range(0) == range(5, 5))
