# next() on an exhausted iterator raises StopIteration; a default avoids it.
it = iter([1, 2])
print(next(it), next(it))
print(next(it, "done"))
try:
    next(it)
except StopIteration as error:
    print("StopIteration", repr(error), error.args)
next(iter([]))
