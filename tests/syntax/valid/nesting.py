result = {k: [v ** 2 for v in vs if v] for k, vs in data.items() if k}
value = a if b else c if d else e
f(*args, key=lambda s: s.lower(), **options)
x = not not a
y = (a, b), [c, d]
