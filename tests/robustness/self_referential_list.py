# A list that contains itself: repr shows [...], == recurses.
# python3: prints [1, [...]] then RecursionError in comparison.
# run: RecursionError: maximum recursion depth exceeded in comparison
a = [1]
a.append(a)
print(a)
b = [1]
b.append(b)
print(a == b)
