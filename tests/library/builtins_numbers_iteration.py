print(abs(-3), abs(-2.5), abs(True), round(2.675, 2), round(0.5), round(1.5), round(150, -2), round(2.5, 0))
print(divmod(-7, 2), divmod(-7.5, 2), divmod(7, -2.0), pow(2, 3, 5), pow(2, -1, 5), pow(2, 100), pow(2, 0.5))
print(hex(-255), oct(8), bin(-5), chr(65), ord("é"), (5).bit_length(), (2.0).is_integer())
print(min(3, 1, 2), max("abc"), min([], default=5), max([3, 1, 2], key=lambda x: -x), sum([1, 2.5]), sum([[1]], []))
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([(1, "b"), (0, "a"), (1, "a")], key=lambda p: p[0]))
print(list(reversed([1, 2, 3])), list(enumerate("ab", start=1)), list(zip([1, 2], "xyz")), list(map(lambda x: x * 2, [1, 2])))
print(list(filter(None, [0, 1, "", 2])), any([0, 1]), all([]), callable(len), callable(1), hash(1), hash("a") == hash("a"))
print(getattr([], "x", 5), hasattr(1, "x"), format(1234.5, ",.2f"), ascii([1, "é"]), format(255, "#x"))
try:
    min([])
except ValueError as e:
    print("ValueError", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
