def outer():
    def inner():
        return missing + 1
    return inner

f = outer()
g = outer()
f()
