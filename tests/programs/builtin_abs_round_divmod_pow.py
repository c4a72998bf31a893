# abs, round, divmod and pow on ints and floats, including modular pow.
print(abs(-7), abs(7.5), abs(-0.0), abs(-(2 ** 80)))
print(round(2.5), round(3.5), round(-2.5), round(1.23456, 3), round(1234, -2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(7, 3, 5), pow(-2, 3), pow(3, -1, 7))
print(2 ** 0.5 == pow(2, 0.5), (-8) ** (1 / 3) == pow(-8, 1 / 3))
