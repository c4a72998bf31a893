# Arbitrary-precision integers: powers, products, division and modulo stay exact.
big = 2 ** 200
print(big)
print(big * big)
print(big // 3, big % 3)
print(-big // 7, -big % 7)
print(3 ** 100 - 2 ** 150)
print((10 ** 50 + 1) * (10 ** 50 - 1))
print(big.bit_length(), (-big).bit_length())
print(pow(2, 1000, 997), pow(3, 200) % 1000000007)
print(int("9" * 60) + 1)
print(big == 2 ** 200, big > 10 ** 60, -big < -(10 ** 60))
