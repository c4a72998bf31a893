# += on a captured list mutates in place but still rebinds the name, so it needs nonlocal.
def outer():
    items = [1]

    def extend_ok():
        items.extend([2])

    def extend_rebind():
        nonlocal items
        items += [3]

    def extend_broken():
        items += [4]

    extend_ok()
    extend_rebind()
    try:
        extend_broken()
    except UnboundLocalError as error:
        print(error)
    return items


print(outer())
