def shifters():
    funcs = []
    funcs.extend(lambda x: x + shift for shift in range(3))
    return funcs

print([f(0) for f in shifters()])
