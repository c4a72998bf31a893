# functools.partial fixes positional and keyword arguments; keywords can be overridden.
import functools


def power(base, exponent):
    return base ** exponent


square = functools.partial(power, exponent=2)
cube = functools.partial(power, exponent=3)
two_to = functools.partial(power, 2)
print(square(5), cube(2), two_to(10), square(3, exponent=4))
print(square.func is power, square.args, square.keywords, two_to.args)
int_from_binary = functools.partial(int, base=2)
print(int_from_binary("1011"), [int_from_binary(b) for b in ["1", "10", "11"]])
print(repr(functools.partial(max, 1))[:21])
