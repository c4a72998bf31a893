# match takes subclasses of collections.abc.Mapping and Sequence, and classes registered with them, as mapping and sequence patterns do dict and list; a mapping is read through get() and keys()
from collections import OrderedDict, deque
from collections.abc import Mapping, MutableSequence, Sequence

class Config(Mapping):
    def __init__(self, **values):
        self._values = values
    def __getitem__(self, key):
        print("getitem", key)
        return self._values[key]
    def __iter__(self):
        return iter(self._values)
    def __len__(self):
        return len(self._values)

class Countdown(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return self.n - i
    def __len__(self):
        return self.n

class Pair:
    def __getitem__(self, i):
        return ("left", "right")[i]
    def __len__(self):
        return 2

def describe(subject):
    match subject:
        case {"host": host, **rest}:
            return f"server {host} with {rest}"
        case {"port": port}:
            return f"port {port}"
        case [first, second]:
            return f"two: {first}, {second}"
        case [first, *others]:
            return f"{first} then {others}"
        case _:
            return "something else"

print(describe(Config(host="example.org", port=80)))
print(describe(Config(port=8080)))
print(describe(Countdown(3)), describe(Countdown(2)))
print(describe(Pair()))
MutableSequence.register(Pair)
print(describe(Pair()))
print(describe(deque([1, 2, 3])), describe(OrderedDict(port=1)), describe("ab"), describe(Config()))
print("__abc_tpflags__" in vars(Mapping), "__abc_tpflags__" in vars(Sequence))
