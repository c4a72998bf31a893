# The globals and locals exec and eval are given.
g = {}
exec("a = 1", g)
print(g.keys())
print(g["a"])

g2 = {"x": 10}
l2 = {}
exec("y = x + 1\nz = y * 2", g2, l2)
print(sorted(k for k in g2 if k != "__builtins__"), l2)

# Functions defined with separate locals look names up in the globals.
g3 = {}
l3 = {}
exec("w = 5\ndef f():\n    return w", g3, l3)
try:
    l3["f"]()
except NameError as error:
    print("NameError:", error)

print(eval("x * 3", g2))
print(eval("x + y", g2, l2))
print(eval("len(items)", {"items": [1, 2, 3]}))

try:
    exec("b = 1", [])
except TypeError as error:
    print(error)
try:
    eval("1", 5)
except TypeError as error:
    print(error)
try:
    exec("1", None, 5)
except TypeError as error:
    print(error)
try:
    eval("q", {})
except NameError as error:
    print(error)
counter = 0
exec("counter += 1")
exec("counter += 1", globals())
print(counter)
