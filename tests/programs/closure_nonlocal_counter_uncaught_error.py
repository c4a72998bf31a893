# A closure that raises after updating its cell: the traceback shows the inner function.
def make_limited(limit):
    used = 0

    def use():
        nonlocal used
        used += 1
        if used > limit:
            raise RuntimeError(f"limit of {limit} exceeded (call {used})")
        return used

    return use


use = make_limited(2)
print(use(), use())
use()
