# A traceback through three nested closures names each frame by its plain function name.
def outer(values):
    def middle(index):
        def inner():
            return values[index]
        return inner()
    return middle(len(values))


print("calling")
outer([1, 2, 3])
