# A coroutine-style generator that collects sent values until it receives None.
def collector():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            return items
        items.append(item)


c = collector()
next(c)
for word in ["a", "b", "c"]:
    print(c.send(word))
try:
    c.send(None)
except StopIteration as stop:
    print(stop.value)
