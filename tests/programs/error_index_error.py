# IndexError messages for lists, tuples, strings and pop, ending with an uncaught one.
for thunk in (lambda: [][0], lambda: (1,)[5], lambda: "ab"[9], lambda: [].pop(), lambda: [1].pop(4)):
    try:
        thunk()
    except IndexError as error:
        print(error)
items = [10, 20, 30]
print(items[-1], items[2])
print(items[3])
