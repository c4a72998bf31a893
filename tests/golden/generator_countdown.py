def countdown(n):
    step = 1
    def tick():
        nonlocal n
        n -= step
    while n > 0:
        yield n
        tick()

for value in countdown(2):
    print(value)
