# Calling a function with a missing argument raises TypeError naming the function.
def rectangle(width, height):
    return width * height


print(rectangle(2, 3))
print(rectangle(2))
