def counter():
    count = 0

    def inc():
        count += 1
        return count

    return inc

tick = counter()
print(tick())
