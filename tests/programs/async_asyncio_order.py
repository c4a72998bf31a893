# Three tasks sleeping different times print in the order of their wake-ups, interleaved as CPython's event loop runs them
import asyncio


async def count(name, delay, times):
    for i in range(times):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    print(f"{name} finished")
    return name * times


async def main():
    print("main start")
    tasks = [
        asyncio.create_task(count("A", 0.07, 2)),
        asyncio.create_task(count("B", 0.03, 4)),
        asyncio.create_task(count("C", 0.05, 3)),
    ]
    print("tasks made")
    await asyncio.sleep(0)
    print("after yielding once")
    for task in tasks:
        print(await task)
    print([task.done() for task in tasks])


asyncio.run(main())
