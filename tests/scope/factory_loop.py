# Lambdas made in a loop share the comprehension's one cell for i; defaults snapshot it.
def make_multipliers():
    return [lambda x: x * i for i in range(3)]

def make_fixed():
    return [lambda x, i=i: x * i for i in range(3)]

print([m(2) for m in make_multipliers()])
