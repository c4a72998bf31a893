# Integer arithmetic: floor division and modulo follow the sign of the divisor.
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 7 // 2, 7 % 3, 2 ** 10)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(-2 ** 2, (-2) ** 2, 2 ** -1, 0 ** 0)
print(1 + 2 * 3 - 4 // 2, (1 + 2) * 3)
print(abs(-5), abs(5), -(-5), +5)
print(10 == 10.0, 1 == True, 0 == False, True + True)
