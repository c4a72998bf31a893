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


async def main():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

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
        for x in once():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await once()
    except TypeError as e:
        print("TypeError:", e)
    try:
        next(once())
    except TypeError as e:
        print("TypeError:", e)
    try:
        await once().asend("early")
    except TypeError as e:
        print("TypeError:", e)

    async def slow():
        await asyncio.sleep(0.001)
        yield "slow"
    g = slow()
    results = await asyncio.gather(g.__anext__(), g.__anext__(), return_exceptions=True)
    print([repr(r) for r in results])

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
