# assert raises AssertionError, with or without a message.
def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


print(check_positive(3))
try:
    check_positive(-2)
except AssertionError as error:
    print("caught:", error)
try:
    assert 1 == 2
except AssertionError as error:
    print("bare:", repr(error), error.args)
assert len("abc") == 4, "length mismatch"
