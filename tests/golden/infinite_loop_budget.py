def forever():
    n = 0
    def step():
        nonlocal n
        n += 1
    while True:
        step()

forever()
