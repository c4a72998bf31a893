def describe(values):
    print("total so far", total)
    total = sum(values)
    return total

try:
    describe([1, 2])
except UnboundLocalError as error:
    print(error)
