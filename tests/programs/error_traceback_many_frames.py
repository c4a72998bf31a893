# A traceback through four frames, with an expression spanning part of the line.
def level_four(data):
    return data["missing"]


def level_three(data):
    return level_four(data) + 1


def level_two(data):
    values = [level_three(data)]
    return values


def level_one():
    return level_two({"present": 1})


level_one()
