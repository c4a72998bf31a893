# The first iterable of a comprehension is evaluated in the enclosing scope.
def f(rows):
    return [cell for row in rows for cell in row if cell]
