# A dict-like class with __getitem__, __setitem__, __delitem__ and a default.
class DefaultTable:
    def __init__(self, default):
        self.default = default
        self.data = {}

    def __getitem__(self, key):
        return self.data.get(key, self.default)

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)


t = DefaultTable(0)
t["a"] = 5
t["b"] += 2
print(t["a"], t["b"], t["zzz"], len(t))
del t["a"]
print(t.data)
try:
    del t["missing"]
except KeyError as error:
    print("KeyError", error)
