import functools


def show(label, value):
    return f"{label}={value}"


makers = []
for i in range(3):
    makers.append(functools.partial(show, "i", i))
print([m() for m in makers])
