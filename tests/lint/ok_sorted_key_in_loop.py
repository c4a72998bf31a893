rows = [(3, "c"), (1, "b"), (2, "a")]
for column in range(2):
    print(sorted(rows, key=lambda row: row[column]))
print(list(map(lambda r: r[0], rows)))
