def make_greeters(names):
    greeters = []
    for name in names:
        def greet():
            return "Hello, " + name
        greeters.append(greet)
    return greeters

for greet in make_greeters(["Ada", "Grace"]):
    print(greet())
