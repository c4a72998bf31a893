# __new__ on a subclass of int and str, where __init__ would be too late.
class Positive(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

n = Positive(-7)
print(n, n + 1, type(n).__name__, isinstance(n, int))
u = Upper("shout")
print(u, len(u), u.lower(), type(u).__name__)
