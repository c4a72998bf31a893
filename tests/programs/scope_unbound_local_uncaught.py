# Reading a global that the function also assigns raises UnboundLocalError.
score = 10


def add_bonus():
    score = score + 5
    return score


add_bonus()
