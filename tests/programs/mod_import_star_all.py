# import * takes the names in __all__ and leaves private helpers out
from heapq import *

tasks = []
for priority, name in [(3, "mail"), (1, "code"), (2, "lunch")]:
    heappush(tasks, (priority, name))
print([heappop(tasks) for _ in range(len(tasks))])
print(nsmallest(2, [5, 3, 9, 1]), nlargest(2, [5, 3, 9, 1]))
print([name in globals() for name in ["heappush", "merge", "heapify", "_siftup", "_heapify_max"]])
try:
    _siftdown
except NameError as error:
    print("NameError:", error)
from itertools import *
print(list(islice(count(10), 3)), list(chain("ab", "c")))
