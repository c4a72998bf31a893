# __index__ lets an object stand for an int in subscripts, slices, repetition, range, bin/hex/oct.
import operator


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        print("__index__ of", self.value)
        return self.value


print(bin(Index(5)), hex(Index(255)), oct(Index(8)), operator.index(Index(7)), operator.index(True))
print(list(range(Index(4))), range(Index(1), Index(9), Index(2)))
print([1, 2, 3][Index(1)], "abc"[Index(-1)], (1, 2)[Index(0)], b"ab"[Index(1)], range(5)[Index(2)])
print([1, 2, 3, 4][Index(1):Index(3)], "abcd"[Index(1)::Index(2)])
print([0] * Index(3), "ab" * Index(2), Index(2) * "x", (1,) * Index(2))
numbers = [1, 2, 3]
numbers[Index(0)] = 9
del numbers[Index(1)]
print(numbers)


class Bad:
    def __index__(self):
        return "three"


for attempt in (lambda: [1][Bad()], lambda: operator.index(1.5), lambda: [1][1.5], lambda: range(2.0)):
    try:
        attempt()
    except TypeError as error:
        print("TypeError:", error)
