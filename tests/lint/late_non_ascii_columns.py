def arrows():
    return [lambda: "→é" + str(step) for step in range(2)]

print([arrow() for arrow in arrows()])
