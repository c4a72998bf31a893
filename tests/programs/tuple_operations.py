# Tuples: packing, indexing, concatenation, count and index, single-element syntax.
point = 3, 4
print(point, type(point).__name__, len(point))
single = (5,)
print(single, (5), () == tuple(), tuple("ab"), tuple([1, 2]))
print(point + single, point * 2, point[1], point[-2], point.count(3), point.index(4))
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99))
nested = ((1, 2), [3, 4])
nested[1].append(5)
print(nested)
try:
    point[0] = 9
except TypeError as error:
    print(error)
