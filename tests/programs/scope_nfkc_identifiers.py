# PEP 3131: identifiers are read in NFKC, so a compatibility spelling names the same variable, function, parameter, attribute and keyword argument
ﬁ = 3
print(fi)
ℌ = "H"
print(H, ℌ)


def ｓｃａｌｅ(ｖａｌｕｅ, *, ｆａｃｔｏｒ=2):
    return value * factor


print(scale(4), ｓｃａｌｅ(ｖａｌｕｅ=5, factor=3))


class 𝐏𝐨𝐢𝐧𝐭:
    def __init__(self, ｘ):
        self.ｘ = ｘ


p = Point(7)
print(p.x, p.ｘ, vars(p), Point.__name__)
print(getattr(p, "x"), hasattr(p, "ｘ"))


def counter():
    ｃｏｕｎｔ = 0

    def step():
        nonlocal count
        count += 1
        return ｃｏｕｎｔ

    return step


tick = counter()
tick()
print(tick(), tick.__code__.co_freevars)
print("fi" in globals(), "\ufb01" in globals(), "H" in globals())
try:
    print(ｕｎｄｅｆｉｎｅｄ)
except NameError as error:
    print(error)
