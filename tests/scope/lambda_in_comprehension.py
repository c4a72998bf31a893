# Lambdas in a comprehension capture its iteration variable.
def f():
    return [lambda: i for i in range(3)]
