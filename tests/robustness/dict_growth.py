# A dict that grows until memory runs out.
# python3: MemoryError after about 4 s.
# run: MemoryError
d = {}
i = 0
while True:
    d[i] = i
    i += 1
