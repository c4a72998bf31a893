# throw() into a coroutine paused in nested awaits raises at the innermost one, running each level's handlers on the way out
import asyncio


class Pause:
    def __await__(self):
        try:
            yield "paused"
        except KeyError as error:
            print("innermost saw", repr(error))
            raise
        return "resumed"


async def level_two():
    try:
        return await Pause()
    finally:
        print("level two cleanup")


async def level_one():
    try:
        return await level_two()
    except KeyError:
        print("level one handled it")
        return "recovered"


c = level_one()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as stop:
    print("result", stop.value)


class Catching:
    def __await__(self):
        try:
            yield "first"
        except ValueError:
            return "caught inside"


async def uses_catching():
    value = await Catching()
    print("value", value)
    return value


d = uses_catching()
print(d.send(None))
try:
    d.throw(ValueError)
except StopIteration as stop:
    print("result", stop.value)


async def helper(name):
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "helper cancelled")
        raise
    finally:
        print(name, "helper finally")


async def job(name):
    try:
        await helper(name)
    finally:
        print(name, "job finally")


async def main():
    task = asyncio.create_task(job("one"))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
    try:
        await asyncio.wait_for(job("two"), timeout=0.02)
    except TimeoutError:
        print("timed out")
    leftover = asyncio.create_task(job("three"))
    await asyncio.sleep(0)
    print("main ends with a task still sleeping")


asyncio.run(main())
