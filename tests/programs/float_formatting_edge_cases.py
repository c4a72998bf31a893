# str and repr of floats around the switch to exponent notation, and round-trips.
for value in [1e15, 1e16, 123456789012345.6, 0.0001, 0.00001, 1.0e-7, 5e-324, 1.7976931348623157e308]:
    print(repr(value), str(value), float(repr(value)) == value)
print(1 / 7, 22 / 7, 100 / 3, -1 / 3)
print(0.1 + 0.7, 4.35 * 100, 1.1 * 1.1, 2.675 * 100)
print(f"{1/3:.20f}", f"{2/3:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
