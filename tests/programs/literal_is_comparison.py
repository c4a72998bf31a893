# "is" and "is not" with a literal are SyntaxWarnings, one per comparison chain; None, True, False and ... are not literals here.
def check(x):
    if x is 1:
        return "one"
    if x is not (1, 2):
        pass
    if x is None or x is ... or x is True:
        return "singleton"
    if 1 is x is 2:
        return "chain"
    if x is -5 or x is "a":
        return "folded"
    return x is [] or x is (x,) or x is not -(1)
print(check(2))
print(check(None))
