a[1:2, 3]
a[::2]
a[:, None]
f()(x)[y].z
print(*a, sep="")
sorted(x for x in y)
sorted((x for x in y))
f(a)(b)(c)
obj.method(1).attr[0]
