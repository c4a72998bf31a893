# Dict and list work: word counts in a dict, a list of records that grows and is cut
# back, sorting and slicing.
counts = {}
records = []
for i in range(100000):
    word = "w" + str(i % 700)
    counts[word] = counts.get(word, 0) + 1
    records.append([word, i, i * i % 97])
    if len(records) > 2000:
        records = records[1000:]
        top = sorted(counts.items(), key=lambda item: -item[1])[:5]
print(len(counts), len(records), top)
