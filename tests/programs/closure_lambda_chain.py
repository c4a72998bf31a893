# Curried lambdas: each lambda closes over the previous argument.
add3 = lambda a: lambda b: lambda c: a + b + c
print(add3(1)(2)(3))
step = add3(10)
print(step(20)(30), step(0)(0))
print(step.__code__.co_freevars, step(1).__code__.co_freevars)
print(step.__qualname__)
