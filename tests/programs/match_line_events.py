# line events of match statements: the subject line, each case tested, guards, a trailing wildcard, multi-line patterns
def classify(v):
    match v:
        case 1:
            return "one"
        case [a,
              b]:
            return "pair"
        case {"k": k} if k > 1:
            return "big k"
        case str() as s if s:
            return "text"
        case _:
            return "other"

for value in [1, [2, 3], {"k": 5}, {"k": 0}, "s", None]:
    print(classify(value))

def no_default(v):
    match v:
        case 0:
            print("zero")
        case x if x < 0:
            print("negative")
    print("after")

no_default(0)
no_default(-3)
no_default(9)
