# writing and reading comma-separated rows through an io.StringIO, as a file would be used
import io

rows = [("name", "score"), ("ann", 91), ("bob", 78), ("cy", 85)]
out = io.StringIO()
for row in rows:
    out.write(",".join(str(cell) for cell in row) + "\n")
text = out.getvalue()
print(repr(text))

reader = io.StringIO(text)
header = reader.readline().strip().split(",")
records = []
for line in reader:
    values = line.strip().split(",")
    records.append(dict(zip(header, values)))
print(records)
best = max(records, key=lambda record: int(record["score"]))
print("best:", best["name"])
reader.seek(0)
print(len(reader.readlines()), reader.tell(), reader.read() == "")
