# Shifts by counts of more than 64 bits: right leaves the sign, left is MemoryError.
print(1 >> 2**64, (-1) >> 2**64, (-5) >> 2**100, 10**30 >> 2**64, 0 << 2**64)
print(-2**64 >> 1, 5 << 0, 2**63 >> 3, -2**70 >> 65)
for value in (1, -1, 10**20):
    try:
        value << 2**64
    except MemoryError as error:
        print("MemoryError", repr(error))
try:
    1 >> -(2**64)
except ValueError as error:
    print(error)
