# heapq: a running median with two heaps (a max-heap stored negated), inside a closure
import heapq


def median_tracker():
    low = []
    high = []

    def add(value):
        heapq.heappush(low, -value)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            return -low[0]
        return (-low[0] + high[0]) / 2

    return add


add = median_tracker()
for value in [5, 15, 1, 3, 8, 7, 9, 10]:
    print(value, add(value))
