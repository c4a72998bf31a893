score = 0

def add_points(points):
    score += points
    return score

try:
    add_points(3)
except UnboundLocalError as error:
    print(error)
