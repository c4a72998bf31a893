def f():
    return [y for y in (lambda: (z := 1))()]
