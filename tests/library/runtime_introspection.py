# Type names of lazy iterators, partial and cached-function attributes, generator
# frames and bytes values, as CPython shows them.
import functools

# Lazy built-ins are types of their own, before and after they run out.
m = map(abs, [-1])
print(type(m).__name__, type(filter(None, [])).__name__, type(zip()).__name__)
print(type(enumerate("a")).__name__, list(m), type(m).__name__, repr(zip())[:12])
it = iter([1])
next(it)
print(type(it).__name__, next(it, "done"), type(it).__name__, type(iter(int, 1)).__name__)


# partial objects remember what they were made with.
def volume(length, width, height=1):
    return length * width * height


box = functools.partial(volume, 2, height=3)
print(box(4), box.func is volume, box.args, box.keywords, box(4, height=10))
print(repr(functools.partial(volume, 1, 2))[:35], repr(box).endswith(", 2, height=3)"))
nested = functools.partial(box, 5)
print(nested(), nested.args, nested.func is box)


@functools.lru_cache(maxsize=None)
def square(n):
    """Squares n."""
    return n * n


print(square(3), square.__wrapped__(4), square.__name__, square.__qualname__, square.__doc__)


# Generators: gi_frame while alive, None once finished; gi_running inside only.
def steps():
    here = "start"
    yield here
    here = "middle"
    yield here


g = steps()
print(g.gi_frame is not None, g.gi_frame.f_lineno, g.gi_running, g.gi_suspended)
print(next(g), g.gi_frame.f_lineno, g.gi_frame.f_locals, g.gi_frame.f_code.co_name)
print(next(g), g.gi_frame.f_locals, list(g), g.gi_frame, g.gi_running)


def watcher():
    yield watched.gi_running


watched = watcher()
print(next(watched), watched.gi_running)

# bytes literals.
data = b"\x00ab\xff'"
print(data, str(b"x"), len(data), data[1], data[-1], list(b"az"), type(data).__name__)
print(data == b"\x00ab\xff'", b"a" == "a", hash(b"key") == hash("key"), {b"k": 1}[b"k"])
print(repr(b'"'), repr(b"'\""), bool(b""), b"\t\n\r\\")
try:
    data[9]
except IndexError as error:
    print("IndexError", error)
