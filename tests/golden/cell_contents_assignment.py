def outer():
    x = 1
    def get():
        return x
    return get

g = outer()
g.__closure__[0].cell_contents = 99
print(g())
