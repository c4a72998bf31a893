# A free variable passes through middle, which never mentions it.
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle
