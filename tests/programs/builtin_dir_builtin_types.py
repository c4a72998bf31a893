# dir() of built-in values and types lists CPython's sorted names
print(dir(1))
print(dir(''))
print(dir([]))
print(dir(int))
print(dir(object()))
print(dir(()), dir({}), dir(set()), dir(True), dir(object), dir(type), dir(lambda: 0), dir(3.0), dir(None))
def f(): pass
print(dir(range), dir(KeyError))
e = KeyError('k')
print(dir(e) == dir(KeyError), len(dir(e)))
