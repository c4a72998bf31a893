if a:
    pass
elif b:
    pass
else:
    pass
while x:
    break
else:
    continue_ = 1
for i, (j, k) in items:
    continue
else:
    pass
try:
    x
except (A, B) as e:
    pass
except C:
    pass
except:
    pass
else:
    y
finally:
    z
with a as b, c as (d, e), f:
    pass
with (open(p) as fh, g):
    pass
