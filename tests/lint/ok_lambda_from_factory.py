def multiplier(n):
    return lambda x: x * n

doubles = [multiplier(2)(x) for x in range(3)]
print(doubles)
