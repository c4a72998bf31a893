# Traceback carets under a subscript, an attribute call and a binary operation.
def lookup(table):
    return table["a"]["b"] * 2


print(lookup({"a": {"b": 21}}))
print(lookup({"a": {"c": 1}}))
