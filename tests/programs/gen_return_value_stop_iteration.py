# A generator's return value travels in StopIteration.value.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as stop:
    print("StopIteration value:", stop.value)
print(next(g, "still exhausted"))
