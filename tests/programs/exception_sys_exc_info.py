# sys.exc_info() and sys.exception(): the handled exception in except and finally bodies, in functions they call, in suspended generators, and (None, None, None) outside
import sys
print(sys.exc_info(), sys.exception())


def show():
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is (v.__traceback__ if v is not None else None))


try:
    raise ValueError("x")
except ValueError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), v is e, sys.exception() is e)
    show()
    try:
        raise KeyError("inner")
    except KeyError:
        show()
    show()
print(sys.exc_info())
show()

try:
    1 / 0
except:
    pass
finally:
    print(sys.exc_info())
try:
    try:
        1 / 0
    finally:
        print(sys.exc_info()[0])
except ZeroDivisionError:
    pass
def name():
    t = sys.exc_info()[0]
    return t and t.__name__
def gen():
    print("gen start", name())
    try:
        raise IndexError(1)
    except IndexError:
        x = yield name()
        print("resumed", name(), x)
        try:
            raise KeyError(2)
        except KeyError:
            yield name()
        yield name()
    yield name()
g = gen()
print(next(g), name())
try:
    raise ValueError
except ValueError:
    print(g.send("s"), name())
    print(next(g), name())
print(name())
print(next(g), name())
def returns_in_handler():
    try:
        1/0
    except ZeroDivisionError:
        return name()
print(returns_in_handler(), name())
def g2():
    try:
        raise ValueError
    except ValueError:
        yield 1
        raise TypeError("from gen")
it = g2()
next(it)
try:
    next(it)
except TypeError as e:
    print(repr(e), repr(e.__context__), name())
print(name())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit sees", name(), a[0])
        return True
with CM():
    raise OSError
print(name())
def thrower():
    try:
        yield 1
    except KeyError:
        print("caught in gen", name())
        yield 2
    print("after", name())
    yield 3
t = thrower()
next(t)
print(t.throw(KeyError), name())
print(next(t))
try:
    raise RuntimeError
except RuntimeError:
    print([name() for _ in range(2)])
    print(list(x for x in [name()]))
print(sys.exc_info())
