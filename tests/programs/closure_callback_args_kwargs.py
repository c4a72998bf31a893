# A callback wrapper forwards *args and **kwargs and remembers the calls in a closure.
def recorder(func):
    calls = []

    def wrapper(*args, **kwargs):
        calls.append((args, sorted(kwargs.items())))
        return func(*args, **kwargs)

    return wrapper, calls


def describe(a, b=0, *rest, scale=1, **options):
    return (a + b) * scale, rest, sorted(options)


wrapped, calls = recorder(describe)
print(wrapped(1))
print(wrapped(1, 2, 3, 4, scale=10, verbose=True))
print(wrapped(*[5, 6], **{"scale": 2}))
print(calls)
