# Functions are objects: names, qualnames, defaults, kwdefaults, reprs of builtins.
def outer(a, b=2, *, c=3):
    def inner():
        pass
    return inner


print(outer.__name__, outer.__qualname__, outer.__defaults__, outer.__kwdefaults__)
print(outer(1).__qualname__, callable(outer), callable(outer(1)), callable(3))
print(len, abs, print)
print(outer.__module__, type(outer).__name__, type(len).__name__)
print(outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount)
