# What goes wrong with async generators, and CPython's messages for it.
import asyncio


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refused"


async def raises_stop_async():
    yield 1
    raise StopAsyncIteration


async def raises_stop():
    yield 1
    raise StopIteration("inner")


async def once():
    yield 1


async def failing():
    yield 1
    raise ValueError("failed inside")


# Generators kept alive to the end: CPython's reference counting closes (and, in
# 3.11, runs) one the moment the program lets go of it.
kept = []


def keep(agen):
    kept.append(agen)
    return agen


async def main():
    # Every generator keeps a name of its own: CPython's reference counting closes
    # one as soon as its last name is rebound.
    refusing = stubborn()
    await refusing.__anext__()
    try:
        await refusing.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    # Closed, yet suspended: only running it to its end finishes it.
    try:
        await refusing.__anext__()
    except StopAsyncIteration:
        print("refusing finished")

    for make in (raises_stop_async, raises_stop):
        try:
            async for x in make():
                print("item", x)
        except RuntimeError as e:
            print("RuntimeError:", e, "from", type(e.__cause__).__name__)

    g = once()
    step = g.__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    closing = g.aclose()
    await closing
    try:
        await closing
    except RuntimeError as e:
        print("RuntimeError:", e)

    try:
        for x in keep(once()):
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await keep(once())
    except TypeError as e:
        print("TypeError:", e)
    try:
        next(keep(once()))
    except TypeError as e:
        print("TypeError:", e)
    try:
        await keep(once()).asend("early")
    except TypeError as e:
        print("TypeError:", e)
    async for left in kept[-1]:
        print("the early one still runs", left)

    async def slow():
        await asyncio.sleep(0.001)
        yield "slow"
    racing = slow()
    results = await asyncio.gather(racing.__anext__(), racing.__anext__(),
                                   return_exceptions=True)
    print([repr(r) for r in results])
    await racing.aclose()

    try:
        async for x in failing():
            print("before failure", x)
    except ValueError as e:
        print("ValueError:", e)



asyncio.run(main())


def drive(agen):
    while True:
        try:
            agen.__anext__().send(None)
        except StopIteration as e:
            print("driven", e.value)


drive(failing())
