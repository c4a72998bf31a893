# The "safe eval" pattern: globals whose __builtins__ holds only what is allowed.
safe = {"__builtins__": {}}
print(eval("2 + 3 * 4", safe))
try:
    eval("abs(-1)", safe)
except NameError as error:
    print("blocked:", error)

allowed = {"__builtins__": {"abs": abs, "min": min}}
print(eval("abs(-7) + min(3, 4)", allowed))
try:
    eval("len('abc')", allowed)
except NameError as error:
    print("blocked:", error)

sandbox = {"__builtins__": {"len": len}}
exec("def size(items):\n    return len(items)\n", sandbox)
print(sandbox["size"]([1, 2, 3]))
try:
    exec("print('hello')", sandbox)
except NameError as error:
    print("blocked:", error)
print(sorted(sandbox))

import math
variables = {"__builtins__": {}, "sqrt": math.sqrt, "pi": math.pi}
for formula in ["sqrt(16)", "round(pi, 2)"]:
    try:
        print(formula, "=", eval(formula, variables))
    except NameError as error:
        print(formula, "->", error)
