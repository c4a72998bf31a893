# A generator closes over an enclosing variable and updates it with nonlocal.
def make():
    produced = 0

    def gen(n):
        nonlocal produced
        for i in range(n):
            produced += 1
            yield i

    def count():
        return produced

    return gen, count


gen, count = make()
print(list(gen(3)), count())
g = gen(5)
next(g)
next(g)
print(count(), gen.__code__.co_freevars)
