# await drives coroutines and objects whose __await__ returns an iterator; sent values pass through to the innermost yield
class Ticket:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        received = yield f"waiting for {self.name}"
        print("ticket got", received)
        return received * 2


async def inner():
    first = await Ticket("a")
    second = await Ticket("b")
    return first + second


async def outer():
    total = await inner()
    print("total", total)
    return total


coro = outer()
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(20)
except StopIteration as stop:
    print("finished with", stop.value)


class NotIterator:
    def __await__(self):
        return 5


class ReturnsCoroutine:
    def __await__(self):
        self.made = inner()
        return self.made


def plain_generator():
    yield 1


async def try_await(value):
    try:
        await value
    except TypeError as error:
        print("TypeError:", error)


returns_coroutine = ReturnsCoroutine()
for value in (1, "text", NotIterator(), returns_coroutine, plain_generator()):
    c = try_await(value)
    try:
        c.send(None)
    except StopIteration:
        pass
try:
    returns_coroutine.made.send(None)
except StopIteration:
    pass


def delegating():
    got = yield from echo()
    print("echo returned", got)


def echo():
    received = yield "ready"
    while received != "stop":
        received = yield f"echo {received}"
    return "done"


g = delegating()
print(next(g))
print(g.send("one"))
print(g.send("two"))
try:
    g.send("stop")
except StopIteration:
    print("generator finished")
