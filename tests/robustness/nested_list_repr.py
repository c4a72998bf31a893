# Printing a list nested 100,000 deep.
# python3: RecursionError while getting the repr.
# run: RecursionError: maximum recursion depth exceeded while getting the repr of an object
a = []
for i in range(10**5):
    a = [a]
print(a)
