# subclasses of slotted classes: no __slots__ means a __dict__; slots add up along the chain
class Base:
    __slots__ = ('a',)


class Child(Base):
    __slots__ = ('b',)


class Loose(Child):
    pass


class WithDict:
    __slots__ = ('x', '__dict__')


c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, '__dict__'))
try:
    c.c = 3
except AttributeError as e:
    print(e)
loose = Loose()
loose.a, loose.b, loose.c = 1, 2, 3
print(loose.__dict__, vars(loose), loose.a, loose.b)
w = WithDict()
w.x = 1
w.y = 2
print(w.__dict__, w.x)
print(list(Base.__dict__), list(Child.__dict__))
print(list(Loose.__dict__), list(WithDict.__dict__))
print(Child.a is Base.a, Child.__base__, Loose.__base__)
try:
    Child.b.__get__(Base())
except TypeError as e:
    print(e)


class E(Exception):
    __slots__ = ('code',)


e = E('boom')
e.code = 7
e.note = 'exceptions keep a dict'
print(e.code, e.args, e.note)
