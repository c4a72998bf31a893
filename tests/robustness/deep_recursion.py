# Unbounded recursion.
# python3: RecursionError after 1000 frames.
# run: RecursionError: maximum recursion depth exceeded
def f(n):
    return f(n + 1)

f(0)
