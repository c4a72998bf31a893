# Tuples compare lexicographically, which makes multi-key sorting easy.
people = [("Ada", 36), ("Alan", 41), ("Grace", 36), ("Linus", 21)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9))
print(sorted([(1, "b"), (1, "a"), (0, "z")], reverse=True))
