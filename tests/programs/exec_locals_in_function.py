# Inside a function exec writes to a snapshot of the locals, never the fast locals.
def demo():
    x = 1
    exec("x = 2\ny = 3")
    print("x is still", x)
    print(locals())
    print(eval("y"))

demo()

def reading():
    count = 41
    value = eval("count + 1")
    print(value)
    exec("print('count inside exec:', count)")

reading()

def with_own_dict():
    scope = {}
    exec("result = [n * n for n in range(4)]", {}, scope)
    return scope["result"]

print(with_own_dict())

def shared_locals():
    ns = locals()
    exec("made = 'here'")
    print(ns.get("made"), "made" in locals())

shared_locals()
