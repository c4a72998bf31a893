# AttributeError messages for builtin types and modules.
import math

for thunk in (lambda: (5).foo, lambda: "s".append, lambda: [].nope, lambda: None.x, lambda: math.tau2):
    try:
        thunk()
    except AttributeError as error:
        print(error)
value = [1, 2]
value.push(3)
