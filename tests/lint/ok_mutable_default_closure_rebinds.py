# The closure rebinds the parameter with nonlocal before changing it: the default stays untouched.
def make(items=()):
    def add(x):
        nonlocal items
        items = list(items)
        items.append(x)
        return items
    return add

print(make()(1))
