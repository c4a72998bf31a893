# Co_varnames follows code generation: try's else before its handlers.
def f():
    try:
        a = 1
    except ValueError as e:
        b = 2
    else:
        c = 3
    finally:
        d = 4
    return a, b, c, d
