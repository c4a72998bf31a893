# A set that grows until memory runs out.
# python3: MemoryError after about 5 s.
# run: MemoryError
s = set()
i = 0
while True:
    s.add(i)
    i += 1
