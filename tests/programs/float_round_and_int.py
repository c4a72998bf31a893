# round() uses banker's rounding; float methods and comparisons.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2), round(5, -1), round(15, -1))
print(round(7), round(7.0), type(round(7.0)).__name__, type(round(7.0, 1)).__name__)
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio())
print(int(2.9), int(-2.9), float(7), 1.0 == 1, 0.1 + 0.2 == 0.3)
print(max(1.5, 2), min(-0.0, 0.0), abs(-2.5))
