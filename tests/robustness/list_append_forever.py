# A list that grows one item at a time until memory runs out.
# python3: MemoryError after about 7 s.
# run: MemoryError
a = []
while True:
    a.append(0)
