# Starred and nested targets bind every name.
def f(seq):
    first, *rest = seq
    [a, (b, c)] = 1, (2, 3)
    return first, rest, a, b, c
