# A class defined in a function: its methods close over the function's locals.
def make_class(greeting):
    count = 0

    class Greeter:
        def greet(self, name):
            nonlocal count
            count += 1
            return f"{greeting}, {name} (#{count})"

    return Greeter


Greeter = make_class("Hello")
g = Greeter()
print(g.greet("Ada"), g.greet("Alan"))
print(Greeter.greet.__code__.co_freevars, Greeter.__qualname__)
print([c.cell_contents for c in Greeter.greet.__closure__])
