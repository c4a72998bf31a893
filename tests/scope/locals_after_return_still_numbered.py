# Scope rule: locals after return still numbered.
def f():
    print(y)
    return 1
    y = 2
    z = 3
