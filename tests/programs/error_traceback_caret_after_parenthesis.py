# The caret sits under the operator, past the parenthesis that closes the left operand.
def ratio(x, y):
    return (x * y) // 3


try:
    ratio(5, '')
except TypeError as error:
    print("caught", error)

print(round((5 * '') / 3, 2))
