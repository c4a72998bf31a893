# Scopes in a local's annotation are analyzed but never compiled.
def f(items):
    total: [x for x in items] = 0
    label: (lambda: total) = "sum"
    for item in items:
        total += item
    return total, label
