# A contextmanager that measures work by counting steps, the timer pattern without a clock.
from contextlib import contextmanager

@contextmanager
def counting(label):
    counter = {"steps": 0}
    yield counter
    print(f"{label}: {counter['steps']} steps")

with counting("loop") as c:
    for i in range(5):
        c["steps"] += 1

with counting("nested") as outer:
    with counting("inner") as inner:
        inner["steps"] += 2
    outer["steps"] += 1
