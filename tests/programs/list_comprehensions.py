# List, set and dict comprehensions with conditions and nested loops.
print([x * x for x in range(10) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[row * col for col in range(3)] for row in range(3)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print([c.upper() if c in "aeiou" else c for c in "closure"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(sum(x for x in range(101)))
