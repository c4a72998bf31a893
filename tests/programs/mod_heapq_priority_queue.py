# heapq as a priority queue: (priority, counter, task) tuples and objects with __lt__
import heapq
from heapq import heappush, heappop
import itertools

queue = []
counter = itertools.count()

def add_task(task, priority=0):
    heappush(queue, (priority, next(counter), task))

def pop_task():
    priority, _, task = heappop(queue)
    return task, priority

add_task("write code", 5)
add_task("release product", 7)
add_task("write spec", 1)
add_task("create tests", 3)
add_task("fix bug", 3)
while queue:
    print(pop_task())

class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def __lt__(self, other):
        print(f"  compare {self.name} < {other.name}")
        return self.cost < other.cost

jobs = []
for name, cost in [("c", 3), ("a", 1), ("d", 4), ("b", 2)]:
    print("push", name)
    heapq.heappush(jobs, Job(name, cost))
print([job.name for job in jobs])
print("first", heapq.heappop(jobs).name)
print([job.name for job in jobs])

def dijkstra(graph, start):
    distances = {start: 0}
    pending = [(0, start)]
    while pending:
        distance, node = heapq.heappop(pending)
        if distance > distances[node]:
            continue
        for neighbour, weight in graph[node]:
            candidate = distance + weight
            if candidate < distances.get(neighbour, float("inf")):
                distances[neighbour] = candidate
                heapq.heappush(pending, (candidate, neighbour))
    return distances

graph = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": []}
print(dijkstra(graph, "A"))
