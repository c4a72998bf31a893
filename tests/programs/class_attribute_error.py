# AttributeError messages for instances and classes, and getattr with defaults.
class Box:
    def __init__(self):
        self.content = "thing"


b = Box()
print(getattr(b, "content"), getattr(b, "lid", "no lid"), hasattr(b, "lid"))
setattr(b, "lid", "open")
print(b.lid, vars(b))
try:
    Box.missing
except AttributeError as error:
    print(error)
del b.lid
print(b.size)
