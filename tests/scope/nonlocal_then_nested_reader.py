# Scope rule: nonlocal then nested reader.
def outer():
    v = 1
    def a():
        def b():
            nonlocal v
            def c():
                return v
            return c
        return b
    return a
