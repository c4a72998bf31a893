def countdown_callbacks(n):
    callbacks = []
    while n > 0:
        callbacks.append(lambda: n)
        n -= 1
    return callbacks

print([f() for f in countdown_callbacks(3)])
