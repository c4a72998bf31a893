# Generators that capture a loop variable see its value when they run, not when created.
def make_generators():
    gens = []
    for i in range(3):
        gens.append(x * i for x in range(3))
    return gens


print([list(g) for g in make_generators()])


def make_lazy():
    gens = []
    for i in range(3):
        def gen():
            yield i
        gens.append(gen())
    return gens


print([next(g) for g in make_lazy()])
