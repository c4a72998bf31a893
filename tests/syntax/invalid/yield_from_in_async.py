async def f():
    await x
    yield from y
