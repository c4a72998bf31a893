# A generator of closures: each closure captures the generator frame's loop variable cell.
def closures():
    for i in range(3):
        yield lambda: i


eager = list(closures())
print([f() for f in eager])
lazy = [f() for f in closures()]
print(lazy)
