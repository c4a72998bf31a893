# Large integers print in full; int("...") parses hundreds of digits; negative zero ints do not exist.
n = 7 ** 500
text = str(n)
print(len(text), text[:20], text[-20:])
print(int(text) == n, int("-" + "1" * 100) + int("1" * 100))
print(-0, 0 * -1, abs(-0), 10 ** 0, (-10) ** 3)
print(n % 10 ** 6, n.bit_length(), (n >> 1000).bit_length())
