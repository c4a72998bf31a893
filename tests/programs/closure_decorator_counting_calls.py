# A decorator keeps a call count in a cell and exposes it through a function attribute.
def counted(func):
    count = 0

    def wrapper(*args):
        nonlocal count
        count += 1
        wrapper.calls = count
        return func(*args)

    wrapper.calls = 0
    return wrapper


@counted
def square(x):
    return x * x


print([square(i) for i in range(4)])
print(square.calls)
print(square.__closure__[0].cell_contents)
