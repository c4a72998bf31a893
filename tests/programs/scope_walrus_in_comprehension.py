# An assignment expression in a comprehension binds in the enclosing function scope.
def first_long(words):
    if any(len(found := w) > 4 for w in words):
        return found
    return None


print(first_long(["a", "tiny", "closure", "cell"]))


def running_totals(values):
    total = 0
    sums = [total := total + v for v in values]
    return sums, total


print(running_totals([1, 2, 3, 4]))
print(first_long.__code__.co_cellvars, running_totals.__code__.co_cellvars)
