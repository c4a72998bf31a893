# For, with ... as and except ... as bind names.
def f(paths):
    for i, p in enumerate(paths):
        with open(p) as fh, open(p) as (a, b):
            pass
    try:
        pass
    except OSError as err:
        print(err)
    return i
