# Returning tuples, early returns, and a function without return giving None.
def min_max(values):
    if not values:
        return None
    return min(values), max(values)


def nothing():
    pass


low, high = min_max([3, 9, -1])
print(low, high, min_max([]), nothing(), print("side effect"))
