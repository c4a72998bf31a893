# Closures made inside exec'd code hold real cells.
source = '''
def make_counter(start):
    count = start
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

counter = make_counter(10)
'''
env = {}
exec(source, env)
counter = env["counter"]
print(counter(), counter(), counter())
cell = counter.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
print(counter.__code__.co_freevars, counter.__qualname__)
print(counter.__code__.co_filename)

# Late binding happens inside exec too: the lambdas share one cell.
exec("fns = [lambda: i for i in range(3)]", env)
print([f() for f in env["fns"]])
exec("fixed = [lambda i=i: i for i in range(3)]", env)
print([f() for f in env["fixed"]])

# A function defined by exec closes over the exec'd module scope through globals.
exec("total = 100\ndef add(n):\n    return total + n", env)
print(env["add"](5))
env["total"] = 1
print(env["add"](5))
