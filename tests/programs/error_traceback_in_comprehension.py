# An error inside a list comprehension shows a <listcomp> frame.
def inverses(values):
    return [1 / v for v in values]


print(inverses([1, 2, 4]))
print(inverses([1, 0]))
