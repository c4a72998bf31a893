async def f(x):
    if x:
        return x
    async with x:
        yield 1
