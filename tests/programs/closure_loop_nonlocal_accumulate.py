# Closures created in a loop inside a function all share the loop variable's single cell.
def build():
    callbacks = []
    for i in range(3):
        callbacks.append(lambda: i * 100)
    i = 42
    return callbacks


print([f() for f in build()])
cells = {id(f.__closure__[0]) for f in build()}
print(len(cells))
