# closures that build JSON: a registry of handlers, serialised with default= for functions
import json


def make_registry():
    handlers = {}

    def register(name):
        def decorator(function):
            handlers[name] = function
            return function
        return decorator

    def describe():
        return json.dumps(handlers, default=lambda f: f.__name__, sort_keys=True)

    return register, describe


register, describe = make_registry()


@register("greet")
def say_hello(who):
    return json.dumps({"message": f"hello {who}"})


@register("add")
def add(a, b):
    return json.dumps({"sum": a + b})


print(describe())
print(say_hello("ann"), add(2, 3))
print(json.loads(add(1.5, 2.25))["sum"], json.dumps({"nested": json.loads(say_hello("x"))}))
