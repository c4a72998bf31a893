def find_handler(names, wanted):
    for name in names:
        if name == wanted:
            return lambda: "handling " + name
    for name in names:
        def fallback():
            return "fallback " + name
        if name:
            chosen = fallback
            break
    return chosen

print(find_handler(["a", "b"], "b")(), find_handler(["a"], "z")())
