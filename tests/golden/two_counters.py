def counter():
    n = 0
    def tick():
        nonlocal n
        n += 1
        return n
    return tick

a = counter()
b = counter()
a()
a()
print(a(), b())
