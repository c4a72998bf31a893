# Comparing two lists nested 100,000 deep.
# python3: RecursionError in comparison.
# run: RecursionError: maximum recursion depth exceeded in comparison
a = []
b = []
for i in range(10**5):
    a = [a]
    b = [b]
print(a == b)
