# Lambdas made inside a comprehension capture the comprehension's variable cell.
fs = [lambda: n for n in range(3)]
print([f() for f in fs])
gs = [(lambda n: lambda: n)(n) for n in range(3)]
print([g() for g in gs])
print(fs[0].__code__.co_freevars)
