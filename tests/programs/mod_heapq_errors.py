# heapq errors: not a list, popping an empty heap, items that do not compare
import heapq

for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heapify("abc"),
             lambda: heapq.heappop(5), lambda: heapq.heappushpop(None, 1),
             lambda: heapq.heappush([1], "a")]:
    try:
        call()
    except (TypeError, IndexError) as error:
        print(type(error).__name__, error)

heap = [3, 1]
heapq.heappush(heap, 2)
print(heap)
heapq.heappop([])
