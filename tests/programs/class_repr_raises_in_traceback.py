# An exception raised inside __repr__ while printing a list shows the __repr__ frame.
class Fragile:
    def __init__(self, ok):
        self.ok = ok

    def __repr__(self):
        if not self.ok:
            raise ValueError("cannot describe this object")
        return "Fragile(ok)"


print([Fragile(True)])
print([Fragile(True), Fragile(False)])
