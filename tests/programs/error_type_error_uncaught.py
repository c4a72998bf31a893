# Adding an int to a str raises TypeError; the traceback points into the helper.
def total(values):
    result = 0
    for v in values:
        result = result + v
    return result


print(total([1, 2, 3]))
print(total([1, "2", 3]))
