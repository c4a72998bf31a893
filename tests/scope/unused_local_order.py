# Co_varnames follows code generation: a value before its target.
def f(items):
    total = 0
    for item in items:
        total += item
    result = total
    extra = result = (second := 1)
    return result, extra, second
