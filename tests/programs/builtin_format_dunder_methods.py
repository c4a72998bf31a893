# __format__ called as a method on int, float, str, object, and through super() and subclasses
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: (1.5).__format__('.2f'))
t(lambda: (7).__format__('x'))
t(lambda: 's'.__format__('>5'))
t(lambda: object().__format__('')[:15])
t(lambda: object().__format__('x'))
class C:
    def __format__(self, spec): return 'C' + spec
t(lambda: format(C(), 'abc'))
t(lambda: f'{C():zz}')
t(lambda: '%.2s|%.3d|%05.1f|%c|%c' % ('efgh', 5, 2.25, 65, 'z'))
t(lambda: '%(key)s' % {'key': 1})
t(lambda: '%*d' % (5, 3))
t(lambda: (1.5).__format__(1))
t(lambda: (1).__format__())
t(lambda: object().__format__())
t(lambda: (True).__format__(''))
t(lambda: (1j).__format__(''))
t(lambda: object.__format__(5, 'x'))
t(lambda: (1.5).__format__('x'))
class D:
    def __format__(self, spec): return 'D' + super().__format__(spec)
t(lambda: format(D(), '')[:12])
t(lambda: format(D(), 'q'))
class I(int): pass
t(lambda: I(5).__format__('x'))
t(lambda: format(I(5), 'x'))
class S(str):
    def __format__(self, spec): return '<' + str.__format__(self, spec) + '>'
t(lambda: f'{S("ab"):>4}')
