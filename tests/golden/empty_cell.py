def outer():
    def inner():
        return value
    f = inner
    value = 42
    return f

print(outer()())
