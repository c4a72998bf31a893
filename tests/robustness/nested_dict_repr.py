# Printing a dict nested 100,000 deep.
# python3: RecursionError while getting the repr.
# run: RecursionError: maximum recursion depth exceeded while getting the repr of an object
d = {}
for i in range(10**5):
    d = {1: d}
print(d)
