# heapq.merge lazily interleaves sorted generators; a scheduler pops events by time
import heapq


def ticks(name, start, step, count):
    for i in range(count):
        yield (start + i * step, name)


timeline = heapq.merge(ticks("fast", 0, 2, 4), ticks("slow", 1, 5, 3))
for when, name in timeline:
    print(when, name)

events = []
for when, what in [(5, "lunch"), (1, "wake"), (3, "work"), (9, "sleep")]:
    heapq.heappush(events, (when, what))
clock = 0
while events:
    clock, what = heapq.heappop(events)
    print(f"t={clock}: {what}")
    if what == "work":
        heapq.heappush(events, (clock + 1, "coffee"))
