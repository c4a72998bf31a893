# heapq: keep the k largest items seen so far with a bounded min-heap in a closure
import heapq


def top_k(k):
    heap = []

    def offer(score, name):
        if len(heap) < k:
            heapq.heappush(heap, (score, name))
        elif score > heap[0][0]:
            heapq.heapreplace(heap, (score, name))
        return sorted(heap, reverse=True)

    return offer


offer = top_k(3)
for score, name in [(50, "ann"), (70, "bob"), (20, "cy"), (90, "dee"), (60, "eve"), (95, "fay")]:
    print(name, offer(score, name))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1
print(heapq.nlargest(2, counts.items(), key=lambda item: item[1]))
print(heapq.nsmallest(3, words, key=len))
