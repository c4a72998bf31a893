# Each recursive call of a function with a cell variable gets its own cell.
def build(n):
    label = f"level {n}"

    def describe():
        return label

    if n == 0:
        return [describe]
    return [describe] + build(n - 1)


functions = build(3)
print([f() for f in functions])
print(len({id(f.__closure__[0]) for f in functions}))
