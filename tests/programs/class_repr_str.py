# __repr__ and __str__: print uses __str__, containers use __repr__ of their items.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


m = Money(1234)
print(m, repr(m), str(m), [m, Money(5)], f"{m} {m!r}")


class OnlyRepr:
    def __repr__(self):
        return "<only repr>"


print(OnlyRepr(), str(OnlyRepr()))


class Plain:
    pass


print(repr(Plain()).startswith("<__main__.Plain object at 0x"), Plain())
