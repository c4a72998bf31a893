# dir() of user classes, their instances and subclasses of built-in types, as
# type.__dir__ and object.__dir__ list them; __dir__ overrides, on a class and on a
# metaclass, sorted by dir(); and the class __dict__ entries each kind of base adds.
class A:
    x = 1
    def f(self): pass
class B(A):
    y = 2
b = B()
b.z = 3
print(dir(A))
print(dir(B))
print(dir(b))
class E(ValueError):
    code = 5
print(dir(E))
print(dir(E()))
class D:
    def __dir__(self):
        return ['q', 'b', 'a']
print(dir(D()))
class M(type):
    def __dir__(cls):
        return ('m2', 'm1')
class K(metaclass=M):
    pass
print(dir(K))
print(A.__dict__.keys())
print(B.__dict__.keys())
class L(list):
    pass
print(dir(L) == sorted(set(dir(list)) | {'__dict__', '__module__', '__weakref__'}))
print([n for n in dir(L()) if n not in dir(list)])
import sys
print(dir(type) == sorted(dir(type)), len(dir(type)) > 40)
class L2(list):
    pass
l = L2([1])
l.tag = 'x'
print(l.__dict__, L2.__dict__.keys(), vars(l))
class E2(KeyError):
    pass
e = E2('k')
e.extra = 1
print(e.__dict__, sorted(E2.__dict__))
print(dir(e) == sorted(set(dir(KeyError('k'))) | {'extra', '__module__', '__weakref__'}))
class T(tuple): pass
print(sorted(T.__dict__))
print(dir(1, ) == dir(int))
try:
    dir(1, 2)
except TypeError as err:
    print(err)
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as err:
    print(err)
class Mixed:
    def __dir__(self):
        return [1, 'a']
try:
    dir(Mixed())
except TypeError as err:
    print(err)
