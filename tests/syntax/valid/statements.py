x = y = 1
a, *b = c
[p, q] = r
x += 1
x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 3; x **= 2; x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
z: int = 3
(w): str
o.a: int
del a, b[0], c.d
assert x, "msg"
pass
global g, h
raise
raise E from e
