# Lists and dicts: build, index, count into a dict, and sum back.
squares = [i * i % 1000 for i in range(200_000)]
counts = {}
for value in squares:
    if value in counts:
        counts[value] += 1
    else:
        counts[value] = 1
total = 0
for key in counts:
    total += key * counts[key]
pairs = [(k, counts[k]) for k in range(0, 1000, 7) if k in counts]
print(len(counts), total, len(pairs), pairs[:3])
