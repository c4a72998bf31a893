# CPython checks walrus conflicts unmangled, so a private name never conflicts.
class C:
    def m(self, xs):
        return [[(__p := 1) for y in xs] for __p in xs]
