def make(items):
    def first():
        return items[0]
    return first

f = make([])
print(f())
