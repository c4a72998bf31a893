# Data hiding with closures: the only way to the state is through the returned functions.
def make_stack():
    items = []

    def push(x):
        items.append(x)

    def pop():
        if not items:
            raise IndexError("pop from empty stack")
        return items.pop()

    def size():
        return len(items)

    return push, pop, size


push, pop, size = make_stack()
for ch in "abc":
    push(ch)
print(pop(), size())
print(hasattr(push, "items"), push.__code__.co_freevars)
print(pop(), pop())
pop()
