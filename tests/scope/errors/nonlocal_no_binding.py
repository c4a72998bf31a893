# Misuse: nonlocal no binding.
def f():
    def g():
        nonlocal x
        x = 1
