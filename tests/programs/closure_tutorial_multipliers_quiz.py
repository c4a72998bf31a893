# The interview quiz: [m(2) for m in multipliers()] gives [6, 6, 6, 6] because of late binding.
def multipliers():
    return [lambda x: i * x for i in range(4)]


print([m(2) for m in multipliers()])


def multipliers_fixed():
    return [lambda x, i=i: i * x for i in range(4)]


print([m(2) for m in multipliers_fixed()])


def multipliers_generator():
    return (lambda x: i * x for i in range(4))


print([m(2) for m in multipliers_generator()])
