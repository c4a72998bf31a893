# collections.deque as tutorials use it: a queue for breadth-first search, a bounded history, rotation, and its errors
from collections import deque

graph = {'A': ['B', 'C'], 'B': ['D'], 'C': ['D', 'E'], 'D': ['F'], 'E': ['F'], 'F': []}

def bfs(start):
    seen = {start}
    queue = deque([start])
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

print(bfs('A'))

history = deque(maxlen=3)
for page in ['home', 'about', 'blog', 'contact']:
    history.append(page)
print(history, history.maxlen, len(history))
history.appendleft('start')
print(history)

d = deque(range(5))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.extendleft('ab')
print(d, d[0], d[-1], 3 in d, d.count(3), d.index(3))
d[1] = 'z'
del d[0]
print(d, list(reversed(d)))
d.insert(2, 'mid')
d.remove('mid')
print(d.pop(), d.popleft(), d)
print(repr(deque()), deque('xy') + deque('z'), deque([1]) * 3, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
print(type(d), type(d).__name__, isinstance(d, deque), bool(deque()))
e = d.copy()
e.clear()
print(d, e)
d += [7, 8]
print(d)
d.reverse()
print(d)

for attempt in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
                lambda: deque([1]).index(9), lambda: deque([1]).remove(9),
                lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1),
                lambda: deque([1]) + [2], lambda: hash(deque())]:
    try:
        attempt()
    except Exception as error:
        print(type(error).__name__, error)

mutating = deque([1, 2, 3])
try:
    for item in mutating:
        mutating.append(item)
except RuntimeError as error:
    print('RuntimeError', error)

try:
    mutating.maxlen = 3
except AttributeError as error:
    print('AttributeError')
