# Every call of the outer function creates a fresh cell; closures from different calls do not share.
def make():
    value = []

    def get():
        return value

    return get


first = make()
second = make()
first().append("only in first")
print(first(), second())
print(first.__closure__[0] is second.__closure__[0])
print(first.__code__ is second.__code__)
