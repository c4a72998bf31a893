# Tuple unpacking, starred targets, nested targets and swapping.
a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
head, *middle, tail = range(5)
print(head, middle, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
print(*[1, 2], *"ab", sep="|")
merged = [*range(3), *[7, 8]]
print(merged, {*"aa", *"a"} == {"a"})
a, *b = [1]
print(a, b)
