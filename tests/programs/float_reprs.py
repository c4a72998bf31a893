# Float reprs use the shortest text that round-trips.
print(0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3)
print(1.0, -0.0, 100.0, 1e16, 1e15, 123456789012345678.0)
print(1e-4, 1e-5, 0.0001234, 1.5e300, 2.5e-300)
print(float("inf"), float("-inf"), float("nan"))
print(repr(3.14), str(2.0), 10 / 4, 9 / 3)
print(0.1 * 3, 1.1 + 2.2, 3.0 * 1.1)
print(float("1e500"), -float("1e500"), 1e308 * 10)
print(2 ** 0.5, 10 ** -2, 7.0 // 2, 7.5 % 2, -7.5 % 2)
