def outer():
    def inner():
        return value
    return inner()
    value = 1

outer()
