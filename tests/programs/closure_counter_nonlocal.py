# A counter factory whose inner function rebinds the enclosing variable with nonlocal.
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


counter = make_counter()
print(counter(), counter(), counter())
other = make_counter()
print(other(), counter())
