# A list that doubles until memory runs out.
# python3: MemoryError after about 3 s.
# run: MemoryError
a = [0]
while True:
    a = a + a
