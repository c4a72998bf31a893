# repr of floats next to a power of two, where the gap below is half the gap above: the shortest digits must read back.
for exponent in (-1022, -1017, -1000, -900, -300, -100, -54, 54, 100, 300, 900, 1000, 1023):
    value = 2.0 ** exponent
    print(exponent, repr(value), repr(-value), float(repr(value)) == value)
print(repr(7.120236347223045e-307), 7.120236347223045e-307 == 2.0**-1017, 7.120236347223044e-307 == 2.0**-1017)
print(repr(5e-324), repr(2.2250738585072014e-308), repr(1.7976931348623157e308))
print(str(2.0 ** -1017), f"{2.0 ** -1017!r}", [2.0 ** -1017])
