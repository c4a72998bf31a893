# Loop-variable capture in nested lambdas and a closure over a parameter with the same name as a global.
n = "global n"


def make(n):
    return lambda: n


print(make(1)(), make("x")(), n)
adders = {}
for k in range(3):
    adders[k] = (lambda k: lambda x: x + k)(k)
print([adders[k](10) for k in range(3)])
