def make(i):
    return lambda: i

functions = [make(i) for i in range(2)]
print(functions[0](), functions[1]())
