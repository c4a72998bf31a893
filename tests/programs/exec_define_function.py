# exec runs source text that defines functions into a namespace dict.
source = """
def greet(name):
    return "Hello, " + name + "!"

def square(n):
    return n * n

TIMES = 3
"""
namespace = {}
exec(source, namespace)
print(namespace["greet"]("Ada"))
print([namespace["square"](n) for n in range(5)])
print(namespace["TIMES"])
print(sorted(key for key in namespace if key != "__builtins__"))
print("__builtins__" in namespace)
greet = namespace["greet"]
print(greet.__name__, greet.__qualname__, greet.__code__.co_filename)
print(greet.__globals__ is namespace)

# At module level exec with no namespace binds in the module's globals.
exec("def cube(n):\n    return n ** 3")
print(cube(3))
print(cube.__module__ if hasattr(cube, "__module__") else None)
