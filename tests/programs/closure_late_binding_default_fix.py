# The i=i default-argument fix binds the current value at definition time.
functions = []
for i in range(4):
    functions.append(lambda i=i: i * 10)
print([f() for f in functions])
print(functions[2](7))
print(functions[0].__defaults__)
