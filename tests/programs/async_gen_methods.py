# asend, athrow and aclose, by awaiting and by hand; finally blocks on aclose; the
# ag_ attributes.
import asyncio


async def echo():
    received = None
    try:
        while True:
            try:
                received = yield received
                print("received", received)
            except ValueError as e:
                print("caught", e)
                received = "recovered"
    finally:
        print("echo finally")


async def steps():
    try:
        yield "first"
        await asyncio.sleep(0)
        yield "second"
    finally:
        print("steps cleanup")


async def main():
    g = echo()
    print(await g.asend(None))
    print(await g.asend("hello"))
    print(await g.athrow(ValueError("bad value")))
    print(await g.asend("again"))
    print(await g.aclose())
    print(g.ag_frame, g.ag_running)

    s = steps()
    print(s.ag_frame is not None, s.ag_await, s.ag_code.co_name)
    print(await s.__anext__())
    await s.aclose()
    print("after aclose")
    await s.aclose()
    try:
        await s.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)

    s = steps()
    await s.aclose()
    print("closed before start", s.ag_frame)

    s = steps()
    print(await s.__anext__())
    try:
        await s.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", repr(e))

    s = steps()
    it = aiter_of(s)
    print(await it.__anext__(), await it.__anext__())
    try:
        await it.__anext__()
    except StopAsyncIteration:
        print("exhausted")


def aiter_of(x):
    return x.__aiter__()


asyncio.run(main())

# Driven by hand, without an event loop: each awaitable ends with StopIteration.
g = echo()
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("by hand", e.value, e.args)
try:
    g.asend("x").send(None)
except StopIteration as e:
    print("by hand", e.value)
try:
    g.athrow(ValueError("v")).send(None)
except StopIteration as e:
    print("by hand athrow", e.value)
try:
    g.aclose().send(None)
except StopIteration as e:
    print("by hand aclose", e.args)

s = steps()
step = s.__anext__()
print(type(step).__name__, step.__await__() is step, iter(step) is step)
try:
    next(step)
except StopIteration as e:
    print("next", e.value)
pending = s.__anext__()
print(pending.send(None))
print(s.ag_await is None, s.ag_running)
try:
    pending.send(None)
except StopIteration as e:
    print("second", e.value)
try:
    s.__anext__().send(None)
except StopAsyncIteration:
    print("finished by hand")
