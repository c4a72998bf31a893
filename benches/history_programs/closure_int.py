# A closure counter called in a loop: one cell written per call, no new objects.
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

tick = counter()
while True:
    tick()
