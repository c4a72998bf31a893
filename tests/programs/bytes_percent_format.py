# bytes %-formatting (PEP 461): %d %s %b %r %a %c, widths, mapping keys, and CPython's errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b'%d-%s' % (3, b'ab'))
t(lambda: b'%5.2f' % 3.14159)
t(lambda: b'%x %X %o' % (255, 255, 8))
t(lambda: b'%r %a' % ('x\xe9', 'y'))
t(lambda: b'%c%c' % (65, b'z'))
t(lambda: b'%b' % b'hi')
t(lambda: b'%(k)s' % {b'k': b'v'})
t(lambda: b'%s' % 'str')
t(lambda: b'%d' % 'x')
t(lambda: b'%c' % 300)
t(lambda: b'%s %s' % (1,))
t(lambda: b'%c' % 'a')
t(lambda: b'%c' % b'ab')
t(lambda: b'%(k)s' % {'k':1})
t(lambda: b'%s %s' % (b'a',b'b',b'c'))
t(lambda: b'%.2s|%5s|%-5b|' % (b'abcd', b'x', b'y'))
t(lambda: b'%r' % b'q')
t(lambda: b'%a' % '\xe9')
t(lambda: b'%y' % 1)
t(lambda: b'%' % ())
t(lambda: b'%s' % None)
t(lambda: b'%(a)s' % (1,))
t(lambda: b'%05d|%+.3e|%#o|%%|%i' % (-42, 1234.5, 8, 7))
t(lambda: b'\xff%s\x00' % b'\xfe')
class B:
  def __bytes__(self): return b'BB'
t(lambda: b'%s' % B())
