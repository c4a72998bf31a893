# Late binding: closures made in a loop all see the loop variable's final value.
functions = []
for i in range(4):
    functions.append(lambda: i)
print([f() for f in functions])


def build():
    result = []
    for j in range(3):
        def show():
            return j
        result.append(show)
    return result


print([f() for f in build()])
