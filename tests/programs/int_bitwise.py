# Bitwise operators on positive, negative and big integers.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 1 << 10, 1024 >> 3)
print(-12 & 10, -12 | 10, -12 ^ 10, -1 >> 5, -16 >> 2)
print((1 << 100) | 1, (1 << 100) >> 98, ((1 << 70) - 1) & 0xFFFF)
print(bin(42), hex(255), oct(8), bin(-5), hex(-255))
print(int("ff", 16), int("0b101", 0), int("777", 8), int("z", 36))
