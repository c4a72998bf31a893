# __delattr__ guards deletion; super().__delattr__ does the real work.
class Guarded:
    def __init__(self):
        self.keep = 1
        self.drop = 2
    def __delattr__(self, name):
        if name == "keep":
            raise AttributeError("keep is protected")
        print("deleting", name)
        super().__delattr__(name)

g = Guarded()
del g.drop
try:
    del g.keep
except AttributeError as error:
    print(error)
print(vars(g))
