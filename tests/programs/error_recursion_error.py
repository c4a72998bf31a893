# Unbounded recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as error:
    print(type(error).__name__, error)
print(issubclass(RecursionError, RuntimeError))
