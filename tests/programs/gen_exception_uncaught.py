# An exception raised inside a generator shows the generator frame in the traceback.
def parse(items):
    for item in items:
        yield int(item)


total = 0
for n in parse(["1", "2", "oops", "4"]):
    total += n
    print("running total", total)
