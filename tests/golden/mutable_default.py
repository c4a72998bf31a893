def append_to(item, target=[]):
    target.append(item)
    return target

append_to(1)
print(append_to(2))
