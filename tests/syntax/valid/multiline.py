total = (1 +
         2 +
         3)
call(
    a,
    b=2,
)
s = """first
second"""
if (a and
        b):
    pass
x = 1 if y \
    else 2
