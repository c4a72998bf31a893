# A string that doubles until memory runs out.
# python3: MemoryError after about 3 s.
# run: MemoryError
s = "a"
while True:
    s += s
