# heapq.nlargest, nsmallest (with key, ties, n larger than the data) and merge
import heapq

scores = [42, 17, 99, 17, 63, 8, 99, 50]
print(heapq.nlargest(3, scores))
print(heapq.nsmallest(3, scores))
print(heapq.nlargest(1, scores), heapq.nsmallest(1, scores))
print(heapq.nlargest(20, scores))
print(heapq.nsmallest(0, scores), heapq.nlargest(-1, scores))
print(heapq.nsmallest(2, iter(scores)))
print(heapq.nlargest(2, []))

people = [("ann", 31), ("bob", 25), ("cy", 31), ("dee", 19), ("eve", 25)]
print(heapq.nlargest(2, people, key=lambda p: p[1]))
print(heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(3, (p[0] for p in people), key=len))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(heapq.merge([5, 3, 1], [6, 4, 2], reverse=True)))
print(list(heapq.merge(["bb", "dddd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([], [1], [])))
merged = heapq.merge([1, 3], [2])
print(next(merged), next(merged), next(merged))
