def total(values=[]):
    return sum(values)

def describe(options={}):
    return ", ".join(sorted(options))

def copy_first(items=[]):
    items = list(items)
    items.append(0)
    return items

print(total(), describe(), copy_first())
