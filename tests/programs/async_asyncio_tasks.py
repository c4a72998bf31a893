# A small asyncio: run, create_task, gather, wait_for, sleep on a virtual clock, cancellation, in CPython's order
import asyncio


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()


async def worker(name, delay):
    print(f"{name} start")
    try:
        await asyncio.sleep(delay)
    finally:
        print(f"{name} cleanup")
    print(f"{name} done")
    return name


async def boom():
    await asyncio.sleep(0)
    raise ValueError("bad")


async def main():
    t1 = asyncio.create_task(say_after(0.02, "hello"))
    t2 = asyncio.create_task(say_after(0.01, "world"))
    print(t1.done(), t1.get_name(), t2.get_name())
    print(await t1, await t2, t1.result(), t1.done())
    results = await asyncio.gather(worker("a", 0.03), worker("b", 0.01), worker("c", 0.02))
    print(results)
    try:
        await asyncio.wait_for(worker("slow", 0.1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timeout")
    print(await asyncio.wait_for(worker("fast", 0.01), timeout=0.05))
    print(await asyncio.gather(say_after(0, "x"), asyncio.sleep(0, "y"), return_exceptions=True))
    print(await asyncio.gather(boom(), say_after(0.01, "z"), return_exceptions=True))
    try:
        await asyncio.gather(boom(), say_after(0.01, "q"))
    except ValueError as error:
        print("caught", error)
    t = asyncio.create_task(worker("victim", 0.05))
    await asyncio.sleep(0.01)
    print(t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    print(await asyncio.gather())
    print(asyncio.current_task().get_name())
    return 42


print(asyncio.run(main()))
try:
    asyncio.run(say_after)
except ValueError as error:
    print("ValueError:", str(error).split(" at ")[0])
