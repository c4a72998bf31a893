# bool is an int subclass: arithmetic, sums of comparisons, and reprs.
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(sum(x > 2 for x in range(6)), [True, False].count(0), True == 1, True is True)
print(int(True), str(False), repr(True), bool("False"), True & False, True | False, True ^ True)
print(isinstance(False, int), type(True + 0).__name__, max(False, True), hash(True))
