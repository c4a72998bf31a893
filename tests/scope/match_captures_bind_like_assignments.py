# captures bind like assignments: locals, cells read by closures, globals, and nothing bound when a case fails
total = 0

def make(pair):
    match pair:
        case (name, count) if count > 0:
            def show():
                return f"{name} x{count}"
            return show
        case _:
            return None

print(make(("apple", 2))())
print(make(("pear", 0)))

def unbound(value):
    match value:
        case [x, 0]:
            pass
        case _:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(unbound([5, 0]))
print(unbound([5, 1]))

def add(value):
    global total
    match value:
        case int(total):
            pass
    return total

print(add(41), total)

def nested(value):
    match value:
        case {"user": {"name": str(name), "tags": [*tags]}} as whole:
            return name, tags, len(whole)
    return "no"

print(nested({"user": {"name": "ada", "tags": ["x", "y"]}}))
print(nested({"user": {"name": 1, "tags": []}}))

def alternatives(value):
    match value:
        case [x, 1] | [1, x] | {"x": x}:
            return x
        case (a, b) | [b, a, _]:
            return a, b

print(alternatives([7, 1]), alternatives([1, 8]), alternatives({"x": 9}))
print(alternatives((1, 2)), alternatives([1, 2, 3]))
