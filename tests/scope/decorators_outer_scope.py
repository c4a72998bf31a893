# Decorators, defaults and annotations are evaluated in the enclosing scope.
def deco(tag):
    def wrap(fn):
        return fn
    return wrap

def outer():
    tag = "t"
    @deco(tag)
    def inner(a: tag = tag) -> tag:
        return a
    return inner
