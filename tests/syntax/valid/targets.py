a.b = c[d] = e
(a, b), [c, *d] = f
for (i, j) in k: pass
for i, in k: pass
with ctx() as (a, b): pass
del (a), [b]
x, = y
[*a] = b
