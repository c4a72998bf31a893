def outer():
    x = 1
    y = [2, 3]

    def inner():
        return x, y

    return inner

f = outer()
print(f.__code__.co_freevars)
for cell in f.__closure__:
    print(type(cell).__name__, cell.cell_contents)
f.__closure__[1].cell_contents.append(4)
print(f())
