# Assigning __code__ swaps a function's body; the free variable counts must match.
def original():
    return "original"

def replacement():
    return "replacement"

original.__code__ = replacement.__code__
print(original(), original.__name__, original.__code__.co_name)

def outer():
    secret = 1
    def inner():
        return secret
    return inner

try:
    original.__code__ = outer().__code__
except ValueError as error:
    print(error)
try:
    original.__code__ = "text"
except TypeError as error:
    print(error)
