def last_square(values):
    squares = [last := v * v for v in values]
    return last, squares

print(last_square([1, 2, 3]))
