# A closure factory: each returned function remembers its own argument.
def make_adder(n):
    def add(x):
        return x + n
    return add


add2 = make_adder(2)
add10 = make_adder(10)
print(add2(5), add10(5))
print(add2.__name__, add2.__qualname__)
print([make_adder(i)(100) for i in range(4)])
