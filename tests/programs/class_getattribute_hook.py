# a class's __getattribute__ sees every attribute read, object.__getattribute__ inside it, __getattr__ after its AttributeError
class A:
    y = 2
    def __getattribute__(self, name):
        print('ga', name)
        if name == 'bad': raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
    def m(self): return 'm'
a = A()
a.x = 1
print(a.x)
print(getattr(a, 'y'))
print(a.m())
print(a.bad)
print(a.zz)
class B(A): pass
print(B().y)
class P:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('no secrets')
        return super().__getattribute__(name)
    @property
    def prop(self):
        return 'p'
p = P()
print(p.prop, hasattr(p, 'secret'), getattr(p, 'secret', 'dflt'))
try:
    p.secret
except AttributeError as e:
    print('AE', e)
try:
    p.missing
except AttributeError as e:
    print('AE', e)
class Count:
    def __init__(self): self.n = 0
    def __getattribute__(self, name):
        d = object.__getattribute__(self, '__dict__')
        if name != 'n':
            d['n'] = d['n'] + 1
        return object.__getattribute__(self, name)
    def go(self): return 1
c = Count()
c.go(); c.go(); getattr(c, 'go')
print(c.n)
