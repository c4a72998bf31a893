def greeters(names):
    for name in names:
        yield lambda: "hi " + name


saved = []
for greet in greeters(["ada", "alan"]):
    saved.append(greet)
    print(greet())
print([g() for g in saved])
