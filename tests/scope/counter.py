# Nonlocal rebinding makes count a cell of counter and a free variable of increment.
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c = counter()
print(c(), c())
