# A list that doubles in place until memory runs out.
# python3: MemoryError after about 2 s.
# run: MemoryError
a = [0]
while True:
    a += a
