match = 1
match.x = 2
match[0] = 3
match(4)
match (5)
match -6
match * 7
match: int = 8
case = 9
case[0]: int
_ = case
print(match, case, _)
match(x):
    case(y):
        pass
match[1]:
    case[2]:
        pass
match {"case": case}:
    case {"match": match}:
        pass
