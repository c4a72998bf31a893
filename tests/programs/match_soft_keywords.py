# match, case and _ are soft keywords: they stay usable as names, calls and subscripts
match = [10, 20]
print(match[0])
match[1] = 5
print(match)
case = {"case": 1}
print(case["case"])
_ = "underscore"
print(_)
def match(x):
    return x + 1
print(match(1))
match (2):
    case 2:
        print("two")
match -1:
    case -1:
        print("minus one")
match 1, 2:
    case a, b:
        print(a + b)
match *[3], 4:
    case [c, d]:
        print(c, d)
match {"match": "case"}:
    case {"match": case}:
        print(case)
class match:
    case = 5
print(match.case)
