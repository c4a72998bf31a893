# int() conversions from strings, floats and bools, with bases and underscores.
print(int("42"), int("  -17  "), int("1_000_000"), int(3.99), int(-3.99), int(True))
print(int("101", 2), int("0x1f", 16), int("Z", 36))
print(int(), float(), str(), bool())
print(int(1e20), int(2.5e3))
print(str(12345678901234567890), repr(-0))
print(1_000 + 0b11 + 0o7 + 0xA)
