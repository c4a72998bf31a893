# One nonlocal statement can name several enclosing variables.
def fib_stream():
    a, b = 0, 1

    def step():
        nonlocal a, b
        a, b = b, a + b
        return a

    return step


step = fib_stream()
print([step() for _ in range(12)])
print(sorted(step.__code__.co_freevars))
