import asyncio


async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


@decorator
async def decorated(a, *, b=1) -> int:
    async with lock as held, other:
        pass
    async with (first as x, second as y,):
        result = await fetch(x) + await fetch(y)
    async for item in source():
        if item:
            continue
        break
    else:
        pass
    async for a, b in pairs:
        print(a, b)
    return -await value ** 2


class Client:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return await self.close()

    def __await__(self):
        return (yield self)


async def gen():
    yield 1
    x = yield
    await x
