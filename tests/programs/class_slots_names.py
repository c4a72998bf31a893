# __slots__ may be a str, a list, a dict or an iterator; private names are mangled and sorted
class One:
    __slots__ = 'only'


class Listed:
    __slots__ = ['b', 'a']


class Mapped:
    __slots__ = {'m': 'doc of m', 'n': None}


class Iterated:
    __slots__ = iter(['q', 'p'])


class _Private:
    __slots__ = ('__hidden', '__dunder__', '_single')

    def __init__(self):
        self.__hidden = 'secret'

    def reveal(self):
        return self.__hidden


print(One.__slots__, One.only)
print(Listed.__slots__, list(Listed.__dict__))
print(Mapped.__slots__, Mapped.m, Mapped.m.__doc__)
print(type(Iterated.__slots__).__name__, list(Iterated.__dict__))
p = _Private()
print(sorted(_Private.__dict__), p.reveal(), p._Private__hidden)
try:
    p.__hidden
except AttributeError as e:
    print(e)
