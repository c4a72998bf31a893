# Async generators (PEP 525): async for, early break, async comprehensions and
# generator expressions over them, and one agen consuming another.
import asyncio


async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0)
        n -= 1
    print("countdown done")


async def squares(source):
    async for x in source:
        yield x * x


async def fetch(x):
    await asyncio.sleep(0.001)
    return x + 100


class Resource:
    async def __aenter__(self):
        print("open")
        return self

    async def __aexit__(self, *exc):
        print("close", exc[0])


async def with_resource():
    async with Resource() as r:
        yield 1
        yield 2


async def main():
    async for n in countdown(3):
        print("n =", n)
    # Kept in a name and closed by hand: CPython's reference counting would close
    # an abandoned one as soon as the loop let go of it.
    stopped = countdown(5)
    async for n in stopped:
        if n == 3:
            break
        print("before break", n)
    await stopped.aclose()
    print([x async for x in squares(countdown(3))])
    print({x: x % 2 async for x in countdown(4) if x != 2})
    gen = (x * 10 async for x in countdown(2))
    print(type(gen).__name__, gen.__name__)
    print([y async for y in gen])
    awaited = (await fetch(x) for x in range(3))
    print([v async for v in awaited])
    async for item in with_resource():
        print("item", item)
    total = 0
    async for value in squares(countdown(4)):
        total += value
    print("total", total)


asyncio.run(main())
