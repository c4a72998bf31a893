# Cell contents inspected after the creating frame has returned, for two closures and a nonlocal update.
def make():
    shared = []
    total = 0

    def push(x):
        nonlocal total
        shared.append(x)
        total += x

    def peek():
        return shared, total

    return push, peek


push, peek = make()
push(3)
push(4)
print(peek())
print(push.__code__.co_freevars, peek.__code__.co_freevars)
print([c.cell_contents for c in push.__closure__])
print(push.__closure__[0] is peek.__closure__[0], push.__closure__[1] is peek.__closure__[1])
