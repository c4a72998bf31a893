# Assignment anywhere in a function makes a name local for the whole function.
total = 100


def without_global():
    total = 5
    return total


def with_global():
    global total
    total = total + 1
    return total


print(without_global(), total)
print(with_global(), total)


def reads_global():
    return total * 2


print(reads_global())
print(without_global.__code__.co_varnames, with_global.__code__.co_varnames, with_global.__code__.co_names)
