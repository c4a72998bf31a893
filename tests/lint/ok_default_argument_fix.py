def make_multipliers():
    multipliers = []
    for i in range(3):
        multipliers.append(lambda x, i=i: x * i)
    return multipliers

print([m(10) for m in make_multipliers()])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
