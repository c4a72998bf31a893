# The same loop returning str(count): one short-lived str per call.
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return str(count)
    return increment

tick = counter()
while True:
    tick()
