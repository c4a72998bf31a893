# Code after return, raise, break or continue gets no code objects, though its names still count.
def f():
    return 1
    g = lambda: 2

def h(xs):
    for x in xs:
        if x:
            break
            [y for y in x]
        continue
        def never():
            return xs
    raise ValueError
    class Gone:
        pass
