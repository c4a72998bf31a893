def pairs():
    made = []
    for i in range(2):
        label = "pair %d" % i
        made.append(lambda: (label, i))
    return made

print([p() for p in pairs()])
