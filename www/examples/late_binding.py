def make_multipliers():
    multipliers = []
    for i in range(3):
        multipliers.append(lambda x: x * i)
    return multipliers

for multiply in make_multipliers():
    print(multiply(10))
