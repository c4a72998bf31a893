# A walrus in a comprehension binds in the enclosing function.
def f(data):
    if any((hit := x) > 2 for x in data):
        return hit
    return None
