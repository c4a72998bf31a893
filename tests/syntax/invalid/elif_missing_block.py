if a:
    pass
elif b:
x
