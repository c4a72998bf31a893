# The default list is changed by the inner closure, through the cell it shares with make.
def make(items=[]):
    def add(x):
        items.append(x)
        return items
    return add

first = make()
first(1)
second = make()
print(second(2))
