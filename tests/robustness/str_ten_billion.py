# A string of ten billion characters.
# python3: MemoryError at once.
# run: MemoryError
s = 'a' * 10**10
