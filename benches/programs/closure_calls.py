# Closure calls in a tight loop: a counter's cell read and rebound a million times.
def make_counter():
    count = 0

    def increment(step):
        nonlocal count
        count += step
        return count

    return increment


counter = make_counter()
total = 0
for i in range(1_000_000):
    total += counter(1)
print(total)
