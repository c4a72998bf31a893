# Generators over dict items and enumerate, with tuple unpacking in the for target.
inventory = {"apples": 3, "pears": 0, "plums": 7}


def in_stock(table):
    for name, count in table.items():
        if count:
            yield name, count


for index, (name, count) in enumerate(in_stock(inventory)):
    print(index, name, count)
print(dict(in_stock(inventory)))
