# Async generators under asyncio: gather and sleep on the loop's clock, a task
# cancelled while its async generator sleeps, asynccontextmanager, and the async
# generators asyncio.run closes when the main coroutine left them unfinished.
import asyncio
from contextlib import asynccontextmanager


async def ticker(name, delay, count):
    for i in range(count):
        await asyncio.sleep(delay)
        yield f"{name}{i}"


async def collect(name, delay, count):
    seen = []
    async for tick in ticker(name, delay, count):
        print("tick", tick)
        seen.append(tick)
    return seen


async def sleepy():
    try:
        while True:
            await asyncio.sleep(1)
            yield "never"
    except asyncio.CancelledError:
        print("sleepy cancelled")
        raise
    finally:
        print("sleepy finally")


async def consume(agen):
    async for item in agen:
        print("consumed", item)


@asynccontextmanager
async def session(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("session saw", repr(e))
    finally:
        print("exit", name)


async def left_open(label):
    try:
        yield label
        yield "unreached"
    finally:
        print("closing", label)


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(collect("a", 0.002, 3), collect("b", 0.003, 2))
    print(results)
    print(loop.time() - start >= 0.006)

    task = asyncio.create_task(consume(sleepy()))
    await asyncio.sleep(0.001)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled", task.cancelled())

    async with session("one") as value:
        print("inside", value)
    async with session("two"):
        raise KeyError("suppressed")
    print("after sessions")

    first = left_open("first")
    print(await first.__anext__())
    second = left_open("second")
    async for item in second:
        print("took", item)
        break
    await second.aclose()
    print("main ends")
    return first, second


kept = asyncio.run(main())
print("run returned", [agen.ag_frame for agen in kept])
