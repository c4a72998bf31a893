# heapq: push, pop, heapify, heapreplace and heappushpop keep the smallest item first
import heapq

heap = []
for value in [5, 1, 8, 3, 2, 9, 4]:
    heapq.heappush(heap, value)
    print("push", value, "->", heap)

while heap:
    print("pop", heapq.heappop(heap), "left", heap)

numbers = [9, 4, 7, 1, 8, 2]
heapq.heapify(numbers)
print("heapified", numbers, "smallest", numbers[0])
print("replace returns", heapq.heapreplace(numbers, 6), numbers)
print("pushpop returns", heapq.heappushpop(numbers, 0), numbers)
print("pushpop returns", heapq.heappushpop(numbers, 10), numbers)
print(heapq.__all__)
