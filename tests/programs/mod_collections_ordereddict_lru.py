# collections.OrderedDict as tutorials use it: an LRU cache with move_to_end and popitem, order-sensitive equality
from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print('evicted', evicted)

cache = LRUCache(2)
cache.put(1, 'one')
cache.put(2, 'two')
print(cache.get(1))
cache.put(3, 'three')
print(cache.get(2), cache.data)

od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a', last=False)
od.move_to_end('b')
print(od, list(od), list(reversed(od)))
print(od.popitem(), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(OrderedDict(a=1) != OrderedDict(a=1), repr(OrderedDict()), isinstance(od, dict))
print(OrderedDict.fromkeys('xy', 0), od.copy(), type(od.copy()).__name__)
print(sorted(OrderedDict(z=1, y=2).items()), dict(OrderedDict(q=1)))
try:
    OrderedDict().popitem()
except KeyError as error:
    print('KeyError', error)
try:
    od.move_to_end('missing')
except KeyError as error:
    print('KeyError', error)
