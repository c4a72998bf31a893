# Conversions between built-in types with int, float, str, bool, list, tuple, dict, set.
print(int("7") + int(7.9), float("2.5") * 2, float(" -3 "), float("1_0.5"))
print(bool(0), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(list("abc"), list((1, 2)), list(range(3)), list({4: "x", 5: "y"}))
print(tuple([1, 2]), tuple("hi"), dict([(1, 2), [3, 4]]), set([3, 1, 3]))
print(str(1.0), str(True), str(None), str([1, "a"]), str((1,)))
print(int(True), float(False), int(-0.9), float("inf") > 10 ** 300, float("-0"))
