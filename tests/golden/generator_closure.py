def counter(limit):
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(limit):
        add(i)
        yield total

for value in counter(3):
    print(value)
