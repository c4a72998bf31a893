# Calling an async def makes a coroutine object: its type, repr, send and close, and the errors of reusing it
async def add(a, b):
    return a + b


async def waits():
    value = await add(1, 2)
    print("inside", value)
    return value * 10


c = add(1, 2)
print(type(c).__name__, type(c))
print(repr(c).split(" at ")[0])
print(c.cr_running, c.cr_frame is not None, c.cr_code.co_name, add.__code__.co_flags & 0x80)
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as error:
    print("RuntimeError:", error)

w = waits()
try:
    w.send(1)
except TypeError as error:
    print("TypeError:", error)
try:
    w.send(None)
except StopIteration as stop:
    print("waits returned", stop.value)

for attempt in (next, iter, list):
    unused = add(1, 1)
    try:
        attempt(unused)
    except TypeError as error:
        print("TypeError:", error)
    try:
        unused.send(None)
    except StopIteration:
        pass

k = waits()
try:
    k.send(None)
except StopIteration:
    k.close()
print(k.cr_frame)


async def raises_stop():
    raise StopIteration(5)

try:
    raises_stop().send(None)
except RuntimeError as error:
    print("RuntimeError:", error, type(error.__cause__).__name__)
