# A method that returns closures over self and over its own local variables.
class Counter:
    def __init__(self):
        self.total = 0

    def make_adder(self, step):
        def add():
            self.total += step
            return self.total
        return add


c = Counter()
add_two = c.make_adder(2)
add_ten = c.make_adder(10)
add_two()
add_ten()
print(add_two(), c.total)
print(add_two.__code__.co_freevars, add_two.__qualname__)
