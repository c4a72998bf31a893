# Two live generators advance independently; their frames are suspended side by side.
def letters():
    for ch in "abc":
        yield ch


def numbers():
    n = 0
    while n < 3:
        n += 1
        yield n


a, b = letters(), numbers()
print(next(a), next(b), next(a), next(b), next(b), next(a))
print(next(a, None), next(b, None))
print(list(zip(letters(), numbers())))
