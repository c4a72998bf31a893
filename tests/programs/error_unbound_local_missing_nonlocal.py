# Forgetting nonlocal makes the assignment local, so reading it first raises UnboundLocalError.
def make_counter():
    count = 0

    def increment():
        count += 1
        return count

    return increment


counter = make_counter()
print("made counter")
counter()
