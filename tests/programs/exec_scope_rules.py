# Where exec and eval look names up: comprehensions, nested functions, generators,
# class bodies, nested exec, and code that defines and deletes names.
for i in range(300):
    exec("x = i * 2")
print(x)
print([eval(f"{i}*2") for i in range(3)])
print(list(map(eval, ["1+1", "2*3"])))

def comprehension_scope():
    return [eval("k") for k in range(2)]

print(comprehension_scope())
exec("exec('y = 7')")
print(y)

ns = {}
exec("class A: pass\nprint(A.__name__, A.__module__)", ns)
exec("class B: pass\nprint(B.__name__, B.__module__)")

class Config:
    exec("debug = True")
    level = eval("3 if debug else 0")

print(Config.debug, Config.level)
print(eval("lambda q: q + 1")(1))
print(eval("lambda: __name__", {})())
print(eval("__name__"))
print(eval("dir()", {"a": 1}))
print(sorted(eval("locals()", {}, {"z": 1})))

def outer():
    v = 10
    def inner():
        return eval("v")
    return inner()

try:
    print(outer())
except NameError as error:
    print("NameError:", error)

def outer_with_free_variable():
    v = 10
    def inner():
        v
        return eval("v")
    return inner()

print(outer_with_free_variable())

def gen():
    yield eval("x")
    exec("print('in gen')")

print(list(gen()))
exec("try:\n    1/0\nexcept ZeroDivisionError as e:\n    print('inner caught', e)")
exec("del x")
print("x" in globals())
print(exec("5"), eval(" \t 3"))
