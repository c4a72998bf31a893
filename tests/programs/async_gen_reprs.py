# Reprs, type names and flags of async generators and their awaitables.
import asyncio
import sys


async def agen():
    yield 1


class Holder:
    async def method(self):
        yield "m"


g = agen()
print(repr(g).startswith("<async_generator object agen at 0x"), g)
print(type(g), type(g).__name__)
# Each generator keeps a name: CPython 3.11 runs one to close it as soon as reference
# counting frees it.
method_gen = Holder().method()
print(method_gen)
print(method_gen.__qualname__, method_gen.__name__)
print(hasattr(g, "__anext__"), hasattr(g, "__aiter__"), hasattr(g, "__next__"), hasattr(g, "send"))
print(agen.__code__.co_flags & 0x200 != 0, agen.__code__.co_flags & 0x80 != 0)
step = g.__anext__()
print(type(step).__name__, type(g.asend(None)).__name__)
print(type(g.athrow(ValueError)).__name__, type(g.aclose()).__name__)
print(step)
genexpr = (x async for x in agen())
print(type(genexpr).__name__, genexpr.__name__)
print(genexpr)
print(tuple(sys.get_asyncgen_hooks()))


def firstiter(agen):
    print("firstiter", agen.__name__)


sys.set_asyncgen_hooks(firstiter=firstiter)


async def main():
    async for x in agen():
        print("x", x)


loop = asyncio.new_event_loop()
second = agen()
second.__anext__()
second.__anext__()
sys.set_asyncgen_hooks(None, None)
print(tuple(sys.get_asyncgen_hooks()))
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError:", e)
