# An uncaught ValueError from int() shows the failing literal in the message.
def parse_all(texts):
    return [int(t) for t in texts]


print(parse_all(["1", "2"]))
print(parse_all(["3", "four"]))
