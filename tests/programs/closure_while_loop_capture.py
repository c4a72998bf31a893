# Closures made in a while loop see the variable's value at call time, not at creation.
def make_all():
    result = []
    n = 0
    while n < 3:
        result.append(lambda: n)
        n += 1
    return result


print([f() for f in make_all()])


def make_all_fixed():
    result = []
    n = 0
    while n < 3:
        result.append(lambda n=n: n)
        n += 1
    return result


print([f() for f in make_all_fixed()])
