def labelled(labels):
    pairs = []
    for label in labels:
        pairs.append((label, lambda: label.upper()))
    return pairs

for label, shout in labelled(["a", "b"]):
    print(label, shout())
