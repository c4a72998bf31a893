# Loop idioms: enumerate with break-else search, zip to pair neighbours, reversed ranges.
data = [3, 8, 1, 9, 4]
for index, value in enumerate(data):
    if value > 8:
        print("first above 8 at", index)
        break
else:
    print("none above 8")
print([b - a for a, b in zip(data, data[1:])])
for i in range(len(data) - 1, -1, -2):
    print(i, data[i], end="; ")
print()
total = 0
for n in data:
    if n % 2:
        continue
    total += n
print(total)
