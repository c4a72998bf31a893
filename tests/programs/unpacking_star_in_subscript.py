# Python 3.11 accepts a starred item in a subscript: a[*b] indexes with a tuple
class Recorder:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)

r = Recorder()
b = [1, 2]
print(r[*b], r[0, *b], r[*b, 1:2], r[*b, *b])
r[*b] = "x"
del r[*b]
grid = {(1, 2): "here"}
print(grid[*b])
try:
    [1, 2][*b]
except TypeError as e:
    print("TypeError:", e)
