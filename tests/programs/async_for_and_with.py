# async for runs __aiter__/__anext__ until StopAsyncIteration; async with awaits __aenter__/__aexit__ on every way out
class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, kind, value, traceback):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return self.suppress


async def main():
    async for n in Countdown(3):
        print("tick", n)
    else:
        print("loop else")
    async for n in Countdown(5):
        if n == 3:
            break
        print("before break", n)
    async with Resource("first") as name:
        print("inside", name)
    async with Resource("quiet", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Resource("loud"):
            raise ValueError("escapes")
    except ValueError as error:
        print("caught", error)
    async with Resource("outer") as a, Resource("inner") as b:
        print("both", a, b)
    for i in range(2):
        async with Resource(f"loop{i}"):
            if i == 0:
                continue
            break
    return await early_return()


async def early_return():
    async with Resource("returning"):
        return "value from inside"


class Broken:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


async def errors():
    for bad in (5, Broken()):
        try:
            async for _ in bad:
                pass
        except TypeError as error:
            print("TypeError:", error)
    try:
        async with object():
            pass
    except TypeError as error:
        print("TypeError:", error)


for coro in (main(), errors()):
    try:
        coro.send(None)
    except StopIteration as stop:
        print("result", stop.value)
