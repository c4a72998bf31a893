y = 3
f"{y=}", f"{y = }", f"{y=!s}", f"{y=:>5}", f"{y:=10}", f"{y:=^9}", f"{(y:=4)}"
f"{y!r:^7}", f"{y!=2}", f"{y==3=}", f"{y:{y}{y}}"
a[*b]
a[*b] = 1
del a[*b]
a[0, *b]
a[*b, 1:2]
x = 1if y else 2
z = [0x1for q in b]
w = 0 if 1else 2
