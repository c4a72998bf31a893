def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc

tick = counter()
tick()
tick()
print(tick())
