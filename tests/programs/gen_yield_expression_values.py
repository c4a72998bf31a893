# yield is an expression: without send it evaluates to None.
def echo():
    received = []
    for _ in range(3):
        value = yield
        received.append(value)
    yield received


e = echo()
next(e)
e.send("x")
print(next(e))
print(next(e, "end"))
