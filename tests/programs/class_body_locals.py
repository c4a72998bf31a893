# locals() inside a class body is the namespace the class is made from.
class Config:
    debug = True
    level = 3
    names = sorted(k for k in locals() if not k.startswith("__"))
    print(names)
    print(locals()["__qualname__"], locals()["__module__"])

print(Config.names)
