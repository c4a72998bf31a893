async def comprehensions(source, other):
    values = [x async for x in source]
    doubled = {x: await f(x) async for x in source if await ok(x)}
    mixed = {x for x in range(3) async for y in other(x)}
    nested = [[y async for y in a] for a in await other()]
    awaited = [await g for g in gens]
    lazy = (x async for x in source)
    lazy_await = (await x for x in items)
    call = await obj.method(1)[0].attr
    chained = await (await outer())
    return values, doubled, mixed, nested, awaited, lazy, lazy_await, call, chained


def sync():
    return (await x for x in y), (z async for z in w)


await_ = 1
async_ = await_
