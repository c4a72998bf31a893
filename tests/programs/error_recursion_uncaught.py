# An uncaught RecursionError prints a traceback with repeated lines folded.
def down(n):
    return down(n - 1) + 1


print("start")
down(10)
