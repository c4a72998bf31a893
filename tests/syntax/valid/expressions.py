x = a if b else c
y = not a or b and c
z = 1 < a <= b != c == d > e >= f
w = a in b not in c is d is not e
v = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o
u = (n := 10)
t = f(a, *b, c=1, **d)(e)[1:2, ::3, 4][...].attr
s = -x ** 2
r = (yield_) ; q = a[1:2:3]
p = a[:]
o = a[1,]
