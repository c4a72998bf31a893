def collector():
    items = []
    def add(x):
        items.append(x)
        return items
    return add

add = collector()
add(1)
print(add(2))
