# async for and await inside list, set and dict comprehensions, nested, with conditions
class Numbers:
    def __init__(self, *values):
        self.values = list(values)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.values:
            raise StopAsyncIteration
        return self.values.pop(0)


async def double(x):
    return x * 2


async def is_odd(x):
    return x % 2 == 1


async def main():
    print([x async for x in Numbers(1, 2, 3)])
    print([await double(x) for x in range(4)])
    print({x: await double(x) async for x in Numbers(1, 2, 3, 4) if await is_odd(x)})
    print(sorted({x % 3 async for x in Numbers(1, 2, 3, 4, 5)}))
    print([[y async for y in Numbers(x, x + 1)] for x in range(3)])
    print([x + y for x in range(2) async for y in Numbers(10, 20)])
    print([x for x in await double(3) * [1]])
    return "done"


try:
    main().send(None)
except StopIteration as stop:
    print(stop.value)
