# A generator expression evaluates its first iterable at once but the rest lazily.
def make():
    values = [1, 2, 3]
    gen = (v * factor for v in values)
    factor = 10
    values = [100]
    return list(gen)


print(make())
n = 5
g = (n * i for i in range(3))
n = 7
print(list(g))
print(g.gi_code.co_freevars if hasattr(g, "gi_code") else None)
