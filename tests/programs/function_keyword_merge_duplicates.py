# f(**a, **b) and f(**a, name=v) with a name given twice are TypeErrors naming the function; other ** errors
def f(**kw):
    return kw
def g(a=0):
    return a
for call in [lambda: f(**{'a': 1}, **{'a': 2}), lambda: g(**{'a': 1}, **{'a': 2}), lambda: f(a=1, **{'a': 2}),
             lambda: f(**{'a': 1}, a=2), lambda: g(1, **{'a': 2}), lambda: f(**{1: 2}), lambda: f(**[1]),
             lambda: dict(**{'a': 1}, **{'a': 2}), lambda: print(**{'sep': 1}, **{'sep': 2})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
class C:
    def m(self, **kw):
        pass
try:
    C().m(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print("TypeError:", e)
