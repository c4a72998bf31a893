# A decorator with arguments registers functions in a dict held by a closure.
def make_registry():
    handlers = {}

    def register(name):
        def decorator(func):
            handlers[name] = func
            return func
        return decorator

    return register, handlers


register, handlers = make_registry()


@register("add")
def add(a, b):
    return a + b


@register("mul")
def mul(a, b):
    return a * b


for name in sorted(handlers):
    print(name, handlers[name](6, 7))
print(register.__code__.co_freevars)
