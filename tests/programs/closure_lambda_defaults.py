# Lambdas with default and keyword arguments.
power = lambda base, exp=2: base ** exp
print(power(3), power(2, 10))
greet = lambda name, *, greeting="Hello": f"{greeting}, {name}!"
print(greet("Ada"), greet("Alan", greeting="Hi"))
combine = lambda *parts, sep="-": sep.join(parts)
print(combine("a", "b", "c"), combine("x", "y", sep="+"))
print(power.__name__, power.__defaults__)
print((lambda: None)())
