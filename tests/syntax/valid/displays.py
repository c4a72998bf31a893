a = [1, *b, 2]
b = (1,)
c = ()
d = {1: 2, **e, 3: 4}
e = {1, *f}
f = [x for x in y if x if z for w in x]
g = {k: v for k, v in items}
h = {s for s in t}
i = (x * 2 for x in y)
j = sum(x for x in y)
k = {}
l = [
    1,
    2,
]
