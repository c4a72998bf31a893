def differences(values):
    previous = None
    out = []

    def step(values):
        for i, value in enumerate(values):
            if i > 0:
                out.append(value - previous)
            previous = value

    step(values)
    return out, previous

print(differences([1, 4, 9]))
