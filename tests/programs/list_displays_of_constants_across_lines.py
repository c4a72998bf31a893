# Displays of constants written across lines: one line event for the display, as CPython folds it
def lists():
    xs = [
        1,
        2,
        3,
    ]
    pair = [
        1,
        2,
    ]
    point = (
        -1,
        (2, 3),
    )
    names = {
        -1,
        -2,
        -3,
    }
    mixed = [
        len(xs),
        2,
        3,
    ]
    return xs, pair, point, sorted(names), mixed
print(lists())
