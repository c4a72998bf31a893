# A closure that behaves like an iterator and raises StopIteration when done.
def countdown(n):
    def next_value():
        nonlocal n
        if n <= 0:
            raise StopIteration
        n -= 1
        return n + 1
    return next_value


step = countdown(3)
print(step(), step(), step())
try:
    step()
except StopIteration:
    print("finished")
print(list(iter(countdown(4), 1)))
