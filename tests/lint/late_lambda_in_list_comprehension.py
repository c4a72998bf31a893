def make_adders():
    return [lambda x: x + i for i in range(3)]

print([add(10) for add in make_adders()])
