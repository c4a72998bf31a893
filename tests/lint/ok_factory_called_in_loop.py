def make_adder(n):
    def add(x):
        return x + n
    return add

adders = []
for n in range(3):
    adders.append(make_adder(n))
print([add(10) for add in adders])
