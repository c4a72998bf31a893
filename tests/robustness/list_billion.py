# A list of a billion items.
# python3: MemoryError at once (2 GB address space).
# run: MemoryError
x = [0] * 10**9
