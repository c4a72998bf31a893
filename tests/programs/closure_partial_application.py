# Hand-written partial application with closures, compared with functools.partial.
import functools


def partial(func, *fixed, **fixed_kwargs):
    def applied(*args, **kwargs):
        return func(*fixed, *args, **{**fixed_kwargs, **kwargs})
    return applied


def volume(length, width, height=1):
    return length * width * height


print(partial(volume, 2)(3, height=4))
print(functools.partial(volume, 2)(3, height=4))
p = functools.partial(volume, 2, height=5)
print(p(3), p.args, p.keywords, p.func.__name__)
