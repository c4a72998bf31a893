# Curried lambdas capture each other's parameters.
adder = lambda a: lambda b: a + b
print(adder(1)(2))
