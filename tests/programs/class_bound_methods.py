# Bound methods remember their instance; functions on the class need it passed explicitly.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return f"{self.name} greets {other}"


g = Greeter("Ada")
bound = g.greet
print(bound("Alan"), Greeter.greet(g, "Grace"))
print(bound.__self__ is g, bound.__func__ is Greeter.greet, bound.__name__)
print(g.greet == g.greet, g.greet is g.greet)
methods = [Greeter(n).greet for n in "xyz"]
print([m("q") for m in methods])
