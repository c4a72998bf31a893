# round() with ndigits on floats and ints, negative ndigits, and ties to even.
for value in [0.125, 0.375, 2.5, 3.5, -2.5, 1.005, 2.675, 1234.5678]:
    print(value, round(value), round(value, 1), round(value, 2), round(value, -1))
print(round(12345, -2), round(12355, -1), round(-15, -1), round(25, -1), round(7, 2))
