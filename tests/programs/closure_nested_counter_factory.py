# A factory of factories: each level keeps its own cell.
def make_factory(step):
    made = 0

    def make_counter():
        nonlocal made
        made += 1
        count = 0

        def tick():
            nonlocal count
            count += step
            return count

        return tick

    def how_many():
        return made

    return make_counter, how_many


make_counter, how_many = make_factory(3)
a = make_counter()
b = make_counter()
print(a(), a(), b(), how_many())
print(a.__code__.co_freevars, make_counter.__code__.co_freevars, make_counter.__code__.co_cellvars)
