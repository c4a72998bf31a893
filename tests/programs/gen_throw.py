# throw() raises an exception at the paused yield, which the generator may handle.
def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as error:
            print("handled", error)


g = resilient()
print(next(g))
print(g.throw(ValueError("bad value")))
try:
    g.throw(KeyError("fatal"))
except KeyError as error:
    print("propagated", error)
print(next(g, "finished"))
