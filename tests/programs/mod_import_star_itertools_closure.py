# names from an import * used inside closures resolve as globals
from itertools import *
from heapq import *


def windowed(seq, n):
    def window(start):
        return list(islice(seq, start, start + n))
    return [window(i) for i in range(len(seq) - n + 1)]


print(windowed([1, 2, 3, 4], 2))
merged = list(merge([1, 5], [2, 3]))
print(merged, nlargest(1, merged), list(accumulate(merged)))
