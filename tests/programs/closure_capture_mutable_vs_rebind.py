# Mutating a captured dict is visible everywhere; rebinding a local name is not.
def outer():
    settings = {"mode": "a"}

    def mutate():
        settings["mode"] = "b"

    def rebind():
        settings = {"mode": "c"}
        return settings

    mutate()
    inner_copy = rebind()
    return settings, inner_copy, rebind.__code__.co_varnames, mutate.__code__.co_freevars


print(outer())
