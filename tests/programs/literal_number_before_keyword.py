# a number run straight into a keyword (1if, 1else, 0x1for) still tokenizes, with CPython's SyntaxWarning
print(1if 1else 2)
print(0 if 0else 3)
print([0x1for x in (1, 2)])
print(1jif 1 else 0)
print(0b1and 1, 0o7in [7], 1.0or 2)
print(1e5, 1E+3, 2.5e-1)
