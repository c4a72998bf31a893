# multiple inheritance: two bases adding slots of their own cannot share a layout
def attempt(label, bases):
    try:
        cls = type('Made', bases, {})
        print(label, 'ok', cls.__base__.__name__, [b.__name__ for b in cls.__mro__])
    except TypeError as e:
        print(label, e)


class A:
    __slots__ = ('a',)


class B:
    __slots__ = ('b',)


class Empty:
    __slots__ = ()


class Plain:
    pass


class A2(A):
    __slots__ = ('a2',)


attempt('A B', (A, B))
attempt('A Empty', (A, Empty))
attempt('Plain A', (Plain, A))
attempt('A2 A', (A2, A))
attempt('A int', (A, int))
attempt('list dict', (list, dict))
attempt('Empty Plain', (Empty, Plain))
try:
    class C(A, B):
        pass
except TypeError as e:
    print('class statement:', e)


class Mixed(Empty, Plain):
    __slots__ = ()


m = Mixed()
m.anything = 1
print(m.__dict__, list(Mixed.__dict__))
