# heapify then a k-way merge by hand with heapreplace, the textbook algorithm
import heapq

lists = [[1, 4, 9], [2, 3, 10], [0, 7]]
heap = [(items[0], index, 0) for index, items in enumerate(lists)]
heapq.heapify(heap)
merged = []
while heap:
    value, which, position = heap[0]
    merged.append(value)
    if position + 1 < len(lists[which]):
        heapq.heapreplace(heap, (lists[which][position + 1], which, position + 1))
    else:
        heapq.heappop(heap)
print(merged)
data = [5, 3, 8, 1]
print(heapq.heappushpop(data, 0), data)
heapq.heapify(data)
print(data, heapq.heappushpop(data, 4), data)
