# nonlocal updates made inside a loop of the inner function persist between calls.
def running_stats():
    total = 0
    count = 0

    def add(*values):
        nonlocal total, count
        for v in values:
            total += v
            count += 1
        return total / count

    return add


add = running_stats()
print(add(1, 2, 3))
print(add(10))
print(add(4, 4))
