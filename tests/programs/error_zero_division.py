# ZeroDivisionError messages for /, // and %, then an uncaught one.
for op in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0)):
    try:
        op()
    except ZeroDivisionError as error:
        print(error)


def ratio(a, b):
    return a / b


print(ratio(1, 4))
print(ratio(1, 0))
